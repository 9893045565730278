package vn.mamxanh.candidate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.mamxanh.web.RuleViolationException;

/**
 * Reads what a person submitted with a task, whichever route it came by (Tasklist form, engine
 * REST, the app API), and refuses missing or malformed fields with a Vietnamese message naming the
 * field. Forms send booleans, numbers and dates as strings or typed values; both are accepted.
 */
public final class TaskForm {

    private final DelegateTask task;

    private TaskForm(DelegateTask task) {
        this.task = task;
    }

    public static TaskForm of(DelegateTask task) {
        return new TaskForm(task);
    }

    public String caseId() {
        return CaseVariables.caseId(task);
    }

    public Optional<String> text(String field) {
        Object value = task.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString().trim());
    }

    public String requiredText(String field, String label) {
        return text(field).orElseThrow(() -> missing(field, label));
    }

    public boolean requiredYesNo(String field, String label) {
        Object value = task.getVariable(field);
        if (value instanceof Boolean yes) {
            return yes;
        }
        if (value != null && ("true".equalsIgnoreCase(value.toString().trim()) || "false".equalsIgnoreCase(value.toString().trim()))) {
            return Boolean.parseBoolean(value.toString().trim());
        }
        throw value == null ? missing(field, label)
                : RuleViolationException.invalidField(field, "Trường \"" + label + "\" chỉ nhận giá trị có hoặc không.");
    }

    public int requiredNumber(String field, String label) {
        Object value = task.getVariable(field);
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.intValue();
        }
        if (value != null && value.toString().trim().matches("\\d{1,9}")) {
            return Integer.parseInt(value.toString().trim());
        }
        throw value == null || value.toString().isBlank() ? missing(field, label)
                : RuleViolationException.invalidField(field, "Trường \"" + label + "\" phải là số nguyên không âm.");
    }

    public Optional<LocalDate> date(String field, String label) {
        Object value = task.getVariable(field);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Date date) {
            return Optional.of(vn.mamxanh.web.VietnamTime.dayOf(date));
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        String text = value.toString().trim();
        try {
            // Camunda Forms send "yyyy-MM-dd"; the engine's own date type arrives as an ISO date-time.
            return Optional.of(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        } catch (DateTimeParseException e) {
            throw RuleViolationException.invalidField(field,
                    "Trường \"" + label + "\" phải là ngày theo dạng năm-tháng-ngày (ví dụ 2026-03-15).");
        }
    }

    public LocalDate requiredDate(String field, String label) {
        return date(field, label).orElseThrow(() -> missing(field, label));
    }

    public <E extends Enum<E>> E requiredOption(String field, String label, Class<E> options) {
        String value = requiredText(field, label);
        try {
            return Enum.valueOf(options, value);
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.invalidField(field, "Giá trị của trường \"" + label + "\" không nằm trong danh sách cho phép.");
        }
    }

    /** Form fields are stored in the feature's tables; the process keeps only ids and decisions. */
    public void forget(String... fields) {
        for (String field : fields) {
            task.getExecution().removeVariable(field);
        }
    }

    private static RuleViolationException missing(String field, String label) {
        return RuleViolationException.invalidField(field, "Vui lòng nhập \"" + label + "\".");
    }
}
