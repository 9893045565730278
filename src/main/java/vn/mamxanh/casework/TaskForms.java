package vn.mamxanh.casework;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the Camunda Form of an open step so the case page can show it and complete the step in
 * place, and turns what was typed into the typed variables Tasklist would send. The form's rules
 * are not checked here: the step's complete listener checks them, whichever route the data came by.
 */
@Component
public class TaskForms {

    private static final Pattern HIDE = Pattern.compile("=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*");

    private final FormService forms;
    private final EngineReads reads;
    private final ObjectMapper json;

    public TaskForms(FormService forms, EngineReads reads, ObjectMapper json) {
        this.forms = forms;
        this.reads = reads;
        this.json = json;
    }

    /** The fields of the step's form; none when the step has no Camunda Form. */
    public List<TaskFormField> fieldsOf(String taskId) {
        return reads.read(() -> {
            try (InputStream form = forms.getDeployedTaskForm(taskId)) {
                return parse(json.readTree(form));
            } catch (ProcessEngineException | IOException noForm) {
                return List.of();
            }
        });
    }

    /** What was typed, as process variables: numbers as numbers, hidden and empty fields left out. */
    public Map<String, Object> variables(List<TaskFormField> fields, Map<String, String> typed) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (TaskFormField field : fields) {
            if (!field.isInput() || field.hiddenBy(typed)) {
                continue;
            }
            String value = typed.getOrDefault(field.key(), "").trim();
            if (value.isEmpty()) {
                continue;
            }
            variables.put(field.key(), "number".equals(field.type()) ? number(value).orElse(value) : value);
        }
        return variables;
    }

    /** The typed values of a submitted form, by field key. */
    public static Map<String, String> typedValues(Map<String, String> request) {
        Map<String, String> typed = new LinkedHashMap<>();
        request.forEach((name, value) -> {
            if (name.startsWith("f_")) {
                typed.put(name.substring(2), value);
            }
        });
        return typed;
    }

    private static Optional<Object> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notWhole) {
            try {
                return Optional.of(Double.parseDouble(value.replace(',', '.')));
            } catch (NumberFormatException notNumber) {
                // Sent as typed, so the step's own check answers with its Vietnamese message.
                return Optional.empty();
            }
        }
    }

    private static List<TaskFormField> parse(JsonNode form) {
        List<TaskFormField> fields = new ArrayList<>();
        for (JsonNode component : form.path("components")) {
            String type = component.path("type").asText();
            List<TaskFormField.Option> options = new ArrayList<>();
            component.path("values").forEach(option ->
                    options.add(new TaskFormField.Option(option.path("label").asText(), option.path("value").asText())));
            String label = component.hasNonNull("label") ? component.get("label").asText()
                    : component.path("dateLabel").asText(null);
            fields.add(new TaskFormField(type, component.path("key").asText(null), label,
                    component.path("description").asText(null), component.path("validate").path("required").asBoolean(false),
                    options, hideWhen(component.path("conditional").path("hide").asText(null)),
                    "text".equals(type) ? component.path("text").asText("") : null));
        }
        return fields;
    }

    private static TaskFormField.HideWhen hideWhen(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher condition = HIDE.matcher(expression);
        return condition.matches()
                ? new TaskFormField.HideWhen(condition.group(1), "=".equals(condition.group(2)), condition.group(3))
                : null;
    }
}
