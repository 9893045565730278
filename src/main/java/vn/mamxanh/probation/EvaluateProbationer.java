package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_EvaluateProbationer: the mentor's written evaluation of the probationary member. */
@Component("evaluateProbationer")
class EvaluateProbationer extends RecordProbationItem {

    EvaluateProbationer(ProbationRecordRepository records, WorkingDays workingDays, Actors actors) {
        super(records, workingDays, actors);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.MENTOR_EVALUATION;
    }

    @Override
    String[] fields() {
        return new String[] {"evaluatedOn", "evaluation"};
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("evaluatedOn", form.requiredDate("evaluatedOn", "Ngày nhận xét"), null,
                requiredForRecognition(form, "evaluation", "nhận xét của đảng viên giúp đỡ"), null);
    }
}
