package vn.mamxanh.candidate;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.mamxanh.web.RuleViolationException;

/**
 * The start form "Giới thiệu quần chúng ưu tú" as submitted in Tasklist: its fields are the
 * components of {@link IntroductionRequest}, checked with the same Bean Validation messages the app
 * API answers with, so both ways in refuse the same input in the same words.
 */
final class IntroductionForm {

    /** The form's field keys, in the order the form asks them and errors are reported. */
    static final List<String> FIELDS = Arrays.stream(IntroductionRequest.class.getRecordComponents())
            .map(RecordComponent::getName).toList();

    private IntroductionForm() {
    }

    static IntroductionRequest read(DelegateExecution execution, Validator validator) {
        IntroductionRequest request = new IntroductionRequest(
                text(execution, "fullName"),
                date(execution, "dateOfBirth"),
                text(execution, "gender"),
                text(execution, "idNumber"),
                text(execution, "ethnicity"),
                text(execution, "religion"),
                education(execution),
                text(execution, "occupation"),
                text(execution, "residenceAddress"),
                text(execution, "branchId"),
                yes(execution, "youthUnionMember"));
        Set<ConstraintViolation<IntroductionRequest>> violations = validator.validate(request);
        for (String field : FIELDS) {
            violations.stream().filter(violation -> violation.getPropertyPath().toString().equals(field)).findFirst()
                    .ifPresent(violation -> {
                        throw RuleViolationException.invalidField(field, violation.getMessage());
                    });
        }
        return request;
    }

    /** The profile now lives in candidate_case; the process keeps only the case id. */
    static void forget(DelegateExecution execution) {
        FIELDS.forEach(execution::removeVariable);
    }

    private static String text(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static LocalDate date(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        if (value instanceof Date date) {
            return vn.mamxanh.web.VietnamTime.dayOf(date);
        }
        String text = text(execution, field);
        if (text == null) {
            return null;
        }
        try {
            // Camunda Forms send "yyyy-MM-dd"; the engine's own date type arrives as an ISO date-time.
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw RuleViolationException.invalidField(field, "Ngày sinh phải theo dạng năm-tháng-ngày (ví dụ 1995-04-12).");
        }
    }

    private static EducationLevel education(DelegateExecution execution) {
        String text = text(execution, "educationLevel");
        if (text == null) {
            return null;
        }
        try {
            return EducationLevel.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolationException.invalidField("educationLevel", "Trình độ giáo dục phổ thông không nằm trong danh sách cho phép.");
        }
    }

    private static boolean yes(DelegateExecution execution, String field) {
        Object value = execution.getVariable(field);
        return value instanceof Boolean yes ? yes : value != null && "true".equalsIgnoreCase(value.toString().trim());
    }
}
