package vn.mamxanh.probation;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.web.TaskForm;

/** Task_EvaluateProbationer: the mentor's written evaluation of the probationary member. */
@Component("evaluateProbationer")
class EvaluateProbationer extends RecordProbationItem {

    EvaluateProbationer(ProbationRecordRepository records, WorkingDays workingDays) {
        super(records, workingDays);
    }

    @Override
    ProbationItem item() {
        return ProbationItem.MENTOR_EVALUATION;
    }

    @Override
    Submission read(TaskForm form) {
        return new Submission("evaluatedOn", form.date("evaluatedOn", "ngày nhận xét"), null,
                form.text("evaluation", "nội dung nhận xét"), null);
    }
}
