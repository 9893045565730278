package vn.mamxanh.probation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.web.RuleViolationException;

/**
 * The four probation tasks share one shape: a dated document and its content, each required for
 * recognition (R12). A subclass names its item and reads its own fields.
 */
abstract class RecordProbationItem implements TaskListener {

    private final ProbationRecordRepository records;
    private final WorkingDays workingDays;
    private final Actors actors;

    RecordProbationItem(ProbationRecordRepository records, WorkingDays workingDays, Actors actors) {
        this.records = records;
        this.workingDays = workingDays;
        this.actors = actors;
    }

    /** The substance of an item is what R12 asks for, so leaving it out is refused under R12. */
    static String requiredForRecognition(TaskForm form, String field, String label) {
        return form.text(field).orElseThrow(() -> new RuleViolationException("R12", field,
                "Xét công nhận đảng viên chính thức cần " + label + ": chưa nhập."));
    }

    /** What was submitted: its date, an optional reference number, the text and an optional second text. */
    record Submission(String dateField, LocalDate date, String reference, String content, String secondContent) {
    }

    abstract ProbationItem item();

    /** The form fields the step reads, forgotten by the process once stored. */
    abstract String[] fields();

    abstract Submission read(TaskForm form);

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        Submission submission = read(form);
        if (submission.date().isAfter(workingDays.today())) {
            throw new RuleViolationException("R12", submission.dateField(), "Ngày của " + item().label()
                    + " không thể sau ngày hôm nay.");
        }
        records.add(CaseVariables.caseId(task), item(), submission.date(), submission.reference(), submission.content(),
                submission.secondContent(), actors.completing(task), ClockUtil.getCurrentTime().toInstant());
        form.forget(fields());
    }
}
