package vn.mamxanh.casework;

import java.util.List;
import java.util.Map;

/**
 * One field of a step's Camunda Form, as the case page draws it. Only what our forms use is read:
 * text, textfield, textarea, number, radio, date, and "hide when" conditions on one other field.
 */
public record TaskFormField(String type, String key, String label, String description, boolean required,
                            List<Option> options, HideWhen hideWhen, String text) {

    public record Option(String label, String value) {
    }

    /** {@code =other = "V"} or {@code =other != "V"}: hide this field while the condition holds. */
    public record HideWhen(String key, boolean equals, String value) {

        public boolean hides(Map<String, String> values) {
            boolean same = value.equals(values.getOrDefault(key, ""));
            return equals == same;
        }

        public String operator() {
            return equals ? "eq" : "ne";
        }
    }

    /** A line of a text block; the forms use markdown headings ("## ...") and plain paragraphs. */
    public record TextLine(boolean heading, String text) {
    }

    public List<TextLine> textLines() {
        if (text == null) {
            return List.of();
        }
        return text.lines().filter(line -> !line.isBlank())
                .map(line -> line.startsWith("#") ? new TextLine(true, line.replaceFirst("^#+\\s*", ""))
                        : new TextLine(false, line.trim()))
                .toList();
    }

    public boolean isInput() {
        return key != null && !"text".equals(type);
    }

    public String inputName() {
        return "f_" + key;
    }

    public boolean hiddenBy(Map<String, String> values) {
        return hideWhen != null && hideWhen.hides(values);
    }
}
