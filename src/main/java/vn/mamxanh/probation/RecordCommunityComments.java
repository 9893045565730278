package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_RecordCommunityComments: comments of the mass organisations and of the residence branch (R12 needs both). */
@Component("recordCommunityComments")
class RecordCommunityComments extends RecordProbationItem {

    RecordCommunityComments(ProbationRecordRepository records, WorkingDays workingDays, Actors actors) {
        super(records, workingDays, actors);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.COMMUNITY_COMMENTS;
    }

    @Override
    String[] fields() {
        return new String[] {"receivedOn", "massOrganisationComment", "residenceComment"};
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("receivedOn", form.requiredDate("receivedOn", "Ngày nhận nhận xét"), null,
                requiredForRecognition(form, "massOrganisationComment", "nhận xét của đoàn thể"),
                requiredForRecognition(form, "residenceComment", "nhận xét của chi ủy nơi cư trú"));
    }
}
