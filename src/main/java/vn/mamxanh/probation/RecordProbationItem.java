package vn.mamxanh.probation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.web.RuleViolationException;
import vn.mamxanh.web.TaskForm;

/**
 * The four probation tasks share one shape: a dated document and its content, each required for
 * recognition (R12). A subclass names its item and reads its own fields.
 */
abstract class RecordProbationItem implements TaskListener {

    private final ProbationRecordRepository records;
    private final WorkingDays workingDays;

    RecordProbationItem(ProbationRecordRepository records, WorkingDays workingDays) {
        this.records = records;
        this.workingDays = workingDays;
    }

    /** What was submitted: its date, an optional reference number, the text and an optional second text. */
    record Submission(String dateField, LocalDate date, String reference, String content, String secondContent) {
    }

    abstract ProbationItem item();

    abstract Submission read(TaskForm form);

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task, "R12");
        Submission submission = read(form);
        if (submission.date().isAfter(workingDays.today())) {
            throw new RuleViolationException("R12", submission.dateField(), "Ngày của " + item().label()
                    + " không thể sau ngày hôm nay.");
        }
        records.add(CaseVariables.caseId(task), item(), submission.date(), submission.reference(), submission.content(),
                submission.secondContent(), form.actor(), ClockUtil.getCurrentTime().toInstant());
        form.consume();
    }
}
