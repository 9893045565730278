package vn.mamxanh.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Reads the fields a person submitted with a task, for the step's complete listener. A missing or
 * malformed field is refused as a {@link RuleViolationException} of the step's rule, naming the
 * field, so the task stays open. Once the listener has stored the data in its feature's tables it
 * calls {@link #consume()}: the process keeps decisions and ids, not the form's content (the
 * engine's history still has what was submitted).
 */
public final class TaskForm {

    private final DelegateTask task;
    private final String rule;
    private final List<String> read = new ArrayList<>();

    private TaskForm(DelegateTask task, String rule) {
        this.task = task;
        this.rule = rule;
    }

    public static TaskForm of(DelegateTask task, String rule) {
        return new TaskForm(task, rule);
    }

    public String text(String field, String label) {
        String value = optionalText(field);
        if (value == null) {
            throw new RuleViolationException(rule, field, "Cần nhập " + label + ".");
        }
        return value;
    }

    public String optionalText(String field) {
        Object value = value(field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip();
    }

    public LocalDate date(String field, String label) {
        Object value = value(field);
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        if (value == null || value.toString().isBlank()) {
            throw new RuleViolationException(rule, field, "Cần nhập " + label + ".");
        }
        String text = value.toString().strip();
        try {
            // Camunda Forms send a date as yyyy-MM-dd; a date-time is cut to its day.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(rule, field, label + " không đúng định dạng ngày (năm-tháng-ngày).");
        }
    }

    public int count(String field, String label) {
        Object value = value(field);
        if (value == null || value.toString().isBlank()) {
            throw new RuleViolationException(rule, field, "Cần nhập " + label + ".");
        }
        try {
            double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
            if (number < 0 || number != Math.rint(number)) {
                throw new NumberFormatException();
            }
            return (int) number;
        } catch (NumberFormatException e) {
            throw new RuleViolationException(rule, field, label + " phải là số nguyên không âm.");
        }
    }

    public boolean flag(String field, String label) {
        Object value = value(field);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value != null && (value.toString().equalsIgnoreCase("true") || value.toString().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.toString());
        }
        throw new RuleViolationException(rule, field, "Cần chọn " + label + ".");
    }

    /** Who completed the task: the person logged in, else whoever it was assigned to. */
    public String actor() {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }

    public void consume() {
        read.forEach(task::removeVariable);
    }

    private Object value(String field) {
        read.add(field);
        return task.getVariable(field);
    }
}
