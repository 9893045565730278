package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_RecordSelfCritique: the probationary member's self-critique (bản tự kiểm điểm), received by the branch. */
@Component("recordSelfCritique")
class RecordSelfCritique extends RecordProbationItem {

    RecordSelfCritique(ProbationRecordRepository records, WorkingDays workingDays, Actors actors) {
        super(records, workingDays, actors);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.SELF_CRITIQUE;
    }

    @Override
    String[] fields() {
        return new String[] {"submittedOn", "summary"};
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("submittedOn", form.requiredDate("submittedOn", "Ngày nộp bản tự kiểm điểm"), null,
                requiredForRecognition(form, "summary", "bản tự kiểm điểm"), null);
    }
}
