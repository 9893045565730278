package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.web.TaskForm;

/** Task_RecordSelfCritique: the probationary member's self-critique (bản tự kiểm điểm), received by the branch. */
@Component("recordSelfCritique")
class RecordSelfCritique extends RecordProbationItem {

    RecordSelfCritique(ProbationRecordRepository records, WorkingDays workingDays) {
        super(records, workingDays);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.SELF_CRITIQUE;
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("submittedOn", form.date("submittedOn", "ngày nộp bản tự kiểm điểm"), null,
                form.text("summary", "tóm tắt bản tự kiểm điểm"), null);
    }
}
