package vn.mamxanh.form;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.mamxanh.web.RuleViolationException;

/**
 * A step's form and the one check of what was submitted with it, whichever route it came by: no
 * field the form does not have, every value of its field's type, within its length and range,
 * matching its pattern and options, dates strictly {@code yyyy-MM-dd}, required fields present
 * unless the form hides them. Texts come back trimmed and in Unicode NFC, so what is stored and
 * searched is the same whatever keyboard typed it.
 */
public record StepForm(String id, List<FormField> fields) {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Control characters other than line breaks and tabs: PostgreSQL refuses NUL, and none belongs in a form. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    /** The submitted values, checked and normalised; the first wrong field is refused with its Vietnamese message. */
    public Map<String, Object> check(Map<String, ?> submitted) {
        Map<String, FormField> byKey = new LinkedHashMap<>();
        fields.forEach(field -> byKey.put(field.key(), field));
        for (String key : submitted.keySet()) {
            if (!byKey.containsKey(key)) {
                throw RuleViolationException.invalidField(shortened(key), "Trường \"" + shortened(key) + "\" không có trong biểu mẫu của bước này.");
            }
        }
        Map<String, Object> checked = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value = submitted.get(field.key());
            if (blank(value)) {
                if (field.required() && !field.hiddenBy(submitted)) {
                    throw refused(field, "required", "Vui lòng nhập \"" + field.label() + "\".");
                }
                if (submitted.containsKey(field.key())) {
                    checked.put(field.key(), value);
                }
                continue;
            }
            checked.put(field.key(), checkValue(field, value));
        }
        return checked;
    }

    private static Object checkValue(FormField field, Object value) {
        if (value instanceof Map || value instanceof Iterable || value.getClass().isArray()) {
            throw refused(field, "Trường \"" + field.label() + "\" chỉ nhận một giá trị.");
        }
        return switch (field.kind()) {
            case TEXT -> text(field, value);
            case NUMBER -> number(field, value);
            case DATE -> date(field, value);
            case OPTION -> option(field, value);
            case YES_NO -> yesNo(field, value);
        };
    }

    private static String text(FormField field, Object value) {
        if (value instanceof Boolean) {
            throw refused(field, "Trường \"" + field.label() + "\" phải là chữ.");
        }
        String text = normalised(value.toString());
        if (CONTROL.matcher(text).find()) {
            throw refused(field, "Trường \"" + field.label() + "\" có ký tự điều khiển không hợp lệ.");
        }
        if (text.codePointCount(0, text.length()) > field.maxLength()) {
            throw refused(field, field.message("maxLength", "Trường \"" + field.label() + "\" dài tối đa " + field.maxLength() + " ký tự."));
        }
        if (field.minLength() != null && text.codePointCount(0, text.length()) < field.minLength()) {
            throw refused(field, "Trường \"" + field.label() + "\" cần ít nhất " + field.minLength() + " ký tự.");
        }
        if (field.pattern() != null && !field.pattern().matcher(text).find()) {
            throw refused(field, field.message("pattern", "Giá trị của trường \"" + field.label() + "\" không đúng định dạng."));
        }
        return text;
    }

    private static Object number(FormField field, Object value) {
        BigDecimal number;
        try {
            number = value instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException notNumber) {
            throw refused(field, "Trường \"" + field.label() + "\" phải là số nguyên.");
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw refused(field, "Trường \"" + field.label() + "\" phải là số nguyên.");
        }
        long min = field.min() == null ? Long.MIN_VALUE : field.min();
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            throw refused(field, "min", min == 0 ? "Trường \"" + field.label() + "\" không được là số âm."
                    : "Trường \"" + field.label() + "\" phải từ " + min + " trở lên.");
        }
        if (number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            throw refused(field, "max", "Trường \"" + field.label() + "\" không được lớn hơn " + field.max() + ".");
        }
        return value instanceof Number ? number.longValueExact() : value.toString().trim();
    }

    private static String date(FormField field, Object value) {
        String text = value.toString().trim();
        try {
            if (value instanceof String && DATE_SHAPE.matcher(text).matches()) {
                return LocalDate.parse(text, ISO_DATE).toString();
            }
        } catch (DateTimeParseException noSuchDay) {
            throw refused(field, "Trường \"" + field.label() + "\" không phải là một ngày có thật (" + shortened(text) + ").");
        }
        throw refused(field, "Trường \"" + field.label() + "\" phải là ngày theo dạng năm-tháng-ngày (ví dụ 2026-03-15).");
    }

    private static Object option(FormField field, Object value) {
        String text = value.toString().trim();
        if (!field.options().contains(text)) {
            throw refused(field, "Giá trị của trường \"" + field.label() + "\" không nằm trong danh sách cho phép.");
        }
        return value instanceof Boolean ? value : text;
    }

    private static Object yesNo(FormField field, Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        String text = value.toString().trim();
        if (!"true".equalsIgnoreCase(text) && !"false".equalsIgnoreCase(text)) {
            throw refused(field, "Trường \"" + field.label() + "\" chỉ nhận giá trị có hoặc không.");
        }
        return text.toLowerCase();
    }

    static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).trim();
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String text && text.isBlank());
    }

    private static String shortened(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** A refusal the form may word itself ({@code <check>Message}) and tie to a rule of the regulation ({@code <check>Rule}). */
    private static RuleViolationException refused(FormField field, String check, String otherwise) {
        String message = field.message(check, otherwise);
        String rule = field.messages().get(check + "Rule");
        return rule == null ? refused(field, message) : new RuleViolationException(rule, field.key(), message);
    }

    private static RuleViolationException refused(FormField field, String message) {
        return RuleViolationException.invalidField(field.key(), message);
    }
}
