package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.web.TaskForm;

/** Task_RecordCommunityComments: comments of the mass organisations and of the residence branch (R12 needs both). */
@Component("recordCommunityComments")
class RecordCommunityComments extends RecordProbationItem {

    RecordCommunityComments(ProbationRecordRepository records, WorkingDays workingDays) {
        super(records, workingDays);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.COMMUNITY_COMMENTS;
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("receivedOn", form.date("receivedOn", "ngày nhận nhận xét"), null,
                form.text("massOrganisationComment", "nhận xét của đoàn thể"),
                form.text("residenceComment", "nhận xét của chi ủy nơi cư trú"));
    }
}
