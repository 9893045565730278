package vn.mamxanh.form;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One input of a step's Camunda Form with the checks it declares ({@code validate}: required,
 * minLength, maxLength, min, max, pattern; the options of a radio or select). A text without a
 * declared maximum is held to {@link #DEFAULT_TEXT_LENGTH} ({@link #DEFAULT_AREA_LENGTH} for a
 * text area), the shortest column such a field is stored in. A form may word a refusal itself with
 * the custom properties {@code requiredMessage}, {@code maxLengthMessage}, {@code patternMessage}
 * (the start form uses the app API's words, so both ways in say the same), and {@code requiredRule}
 * names the rule of the regulation that makes a field required (R04's union resolution).
 */
record FormField(String key, String label, Kind kind, boolean required, Integer minLength, int maxLength,
                 Long min, long max, Pattern pattern, List<String> options, HideWhen hideWhen, Map<String, String> messages) {

    static final int DEFAULT_TEXT_LENGTH = 255;
    static final int DEFAULT_AREA_LENGTH = 2000;

    private static final Pattern HIDE = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

    enum Kind { TEXT, NUMBER, DATE, OPTION, YES_NO }

    /** {@code =other = "V"} or {@code =other != "V"}; an expression we cannot read is taken as "may be hidden". */
    record HideWhen(String key, boolean equals, String value, boolean unreadable) {

        boolean hides(Map<String, ?> values) {
            if (unreadable) {
                return true;
            }
            Object other = values.get(key);
            boolean same = value.equals(other == null ? "" : other.toString());
            return equals == same;
        }
    }

    static FormField of(JsonNode component) {
        String type = component.path("type").asText();
        JsonNode validate = component.path("validate");
        String label = component.hasNonNull("label") ? component.get("label").asText()
                : component.path("dateLabel").asText(component.path("key").asText());
        label = label.replace("*", "").trim();
        Kind kind = switch (type) {
            case "number" -> Kind.NUMBER;
            case "datetime" -> Kind.DATE;
            case "radio", "select" -> Kind.OPTION;
            case "checkbox" -> Kind.YES_NO;
            default -> Kind.TEXT;
        };
        int defaultLength = "textarea".equals(type) ? DEFAULT_AREA_LENGTH : DEFAULT_TEXT_LENGTH;
        List<String> options = new java.util.ArrayList<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        String pattern = validate.path("pattern").asText(null);
        return new FormField(component.path("key").asText(), label, kind, validate.path("required").asBoolean(false),
                validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : defaultLength,
                validate.hasNonNull("min") ? validate.get("min").asLong() : null,
                validate.hasNonNull("max") ? validate.get("max").asLong() : Integer.MAX_VALUE,
                pattern == null || pattern.isBlank() ? null : Pattern.compile(pattern),
                List.copyOf(options), hideWhen(component.path("conditional").path("hide").asText(null)), messages(component));
    }

    /** The form's own wording of a refusal ({@code requiredMessage}, …), else ours. */
    String message(String check, String otherwise) {
        return messages.getOrDefault(check + "Message", otherwise);
    }

    private static Map<String, String> messages(JsonNode component) {
        Map<String, String> messages = new java.util.HashMap<>();
        component.path("properties").fields().forEachRemaining(entry -> messages.put(entry.getKey(), entry.getValue().asText()));
        return Map.copyOf(messages);
    }

    boolean hiddenBy(Map<String, ?> values) {
        return hideWhen != null && hideWhen.hides(values);
    }

    private static HideWhen hideWhen(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        Matcher condition = HIDE.matcher(expression);
        return condition.matches()
                ? new HideWhen(condition.group(1), "=".equals(condition.group(2)), condition.group(3), false)
                : new HideWhen(null, false, null, true);
    }
}
