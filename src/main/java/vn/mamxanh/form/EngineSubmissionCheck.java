package vn.mamxanh.form;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.mamxanh.web.ApiExceptionHandler;
import vn.mamxanh.web.BufferedRequest;
import vn.mamxanh.web.ProblemResponses;
import vn.mamxanh.web.Problems;
import vn.mamxanh.web.RuleViolationException;

/**
 * Checks a task completion or a process start sent to the engine REST API (or Tasklist's copy of
 * it) before the engine reads it: a JSON object of known shape without duplicated keys, every
 * variable of a simple type its value really has, and, where the step has a form, the form's own
 * checks ({@link StepForm}). The engine then receives the same body with its texts in NFC. A
 * refusal is a Vietnamese 400 problem detail naming the field, never the engine's English one.
 */
@Component
public class EngineSubmissionCheck extends OncePerRequestFilter {

    /** Above the longest form (a few fields of at most 4,000 characters), so an over-long field is refused by name. */
    static final int BODY_LIMIT = 2 * 1024 * 1024;
    private static final Pattern TASK = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)$");
    private static final Pattern START = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:submit-form|start)$");
    private static final Set<String> TOP_LEVEL = Set.of("variables", "withVariablesInReturn");
    /** What the engine accepts where no step form of ours applies (probe and test models, other processes). */
    private static final Set<String> ENGINE_TOP_LEVEL = Set.of("variables", "withVariablesInReturn", "businessKey",
            "caseInstanceId", "startInstructions", "skipCustomListeners", "skipIoMappings");
    private static final Set<String> SIMPLE_TYPES = Set.of("String", "Boolean", "Integer", "Short", "Long", "Double", "Date", "Null");

    private final StepForms forms;
    private final ProblemResponses problems;
    private final ObjectMapper json;

    public EngineSubmissionCheck(StepForms forms, ProblemResponses problems, ObjectMapper json) {
        this.forms = forms;
        this.problems = problems;
        this.json = json.copy().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        return !"POST".equals(request.getMethod()) || !(TASK.matcher(path).matches() || START.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BufferedRequest buffered = BufferedRequest.of(request, BODY_LIMIT);
        byte[] checked;
        try {
            checked = check(pathOf(request), buffered);
        } catch (RuleViolationException refused) {
            Matcher task = TASK.matcher(pathOf(request));
            if (task.matches() && !forms.mayWorkOn(task.group(1))) {
                // not theirs to complete: the engine answers 403 for an empty submission, whatever was sent
                request.removeAttribute(RuleViolationException.REQUEST_ATTRIBUTE);
                chain.doFilter(buffered.withBody("{}".getBytes(StandardCharsets.UTF_8)), response);
                return;
            }
            ProblemDetail problem = ApiExceptionHandler.ruleProblem(refused);
            problem.setProperty("message", refused.getMessage());
            problems.write(request, response, problem);
            return;
        } catch (TooLarge tooLarge) {
            ProblemDetail problem = Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "qua-lon", "Nội dung quá lớn",
                    "Nội dung gửi lên vượt quá " + BODY_LIMIT / 1024 + " KB.");
            problem.setProperty("field", "body");
            problem.setProperty("message", problem.getDetail());
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(buffered.withBody(checked), response);
    }

    private byte[] check(String path, BufferedRequest request) {
        if (request.longerThan(BODY_LIMIT)) {
            throw new TooLarge();
        }
        JsonNode body = parse(request.body());
        if (!body.isObject()) {
            throw RuleViolationException.invalidField("body", "Nội dung gửi lên phải là một đối tượng JSON.");
        }
        Optional<StepForm> form = formOf(path);
        Set<String> allowed = form.isPresent() ? TOP_LEVEL : ENGINE_TOP_LEVEL;
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            // Tasklist's start dialog sends an empty business key; a case's key is its id, never the client's.
            boolean emptyKey = "businessKey".equals(name) && (body.get(name).isNull() || body.get(name).asText().isBlank());
            if (!allowed.contains(name) && !emptyKey) {
                throw RuleViolationException.invalidField(cut(name), "Trường \"" + cut(name) + "\" không được nhận ở đây.");
            }
        }
        JsonNode variables = body.path("variables");
        if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
            throw RuleViolationException.invalidField("variables", "\"variables\" phải là một đối tượng JSON.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        if (variables.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> each = variables.fields(); each.hasNext(); ) {
                Map.Entry<String, JsonNode> variable = each.next();
                String type = typeOf(variable.getKey(), variable.getValue());
                types.put(variable.getKey(), type);
                values.put(variable.getKey(), valueOf(variable.getKey(), type, variable.getValue().path("value")));
            }
        }
        Map<String, Object> checked = form.map(f -> f.check(values)).orElse(values);
        return rewrite(body, checked, types);
    }

    private Optional<StepForm> formOf(String path) {
        Matcher task = TASK.matcher(path);
        if (task.matches()) {
            return forms.ofTask(task.group(1));
        }
        Matcher start = START.matcher(path);
        start.matches();
        return forms.ofStart(start.group(2), start.group(1));
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode node = json.readTree(new String(body, StandardCharsets.UTF_8));
            return node == null ? JsonNodeFactory.instance.objectNode() : node;
        } catch (StreamConstraintsException tooDeep) {
            throw RuleViolationException.invalidField("body", "Nội dung gửi lên lồng nhau quá sâu hoặc quá dài.");
        } catch (JsonProcessingException e) {
            String duplicate = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? e.getOriginalMessage().replaceAll("^Duplicate field '(.*)'$", "$1") : null;
            if (duplicate != null) {
                throw RuleViolationException.invalidField(cut(duplicate), "Trường \"" + cut(duplicate) + "\" được gửi hai lần.");
            }
            throw RuleViolationException.invalidField("body", "Nội dung gửi lên không đúng định dạng JSON.");
        }
    }

    private static String typeOf(String name, JsonNode variable) {
        if (!variable.isObject()) {
            throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name) + "\" phải có dạng {\"value\": …, \"type\": …}.");
        }
        for (Iterator<String> keys = variable.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!Set.of("value", "type", "valueInfo").contains(key)) {
                throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name) + "\" có thuộc tính lạ \"" + cut(key) + "\".");
            }
        }
        JsonNode type = variable.path("type");
        if (type.isMissingNode() || type.isNull()) {
            return null;
        }
        if (!type.isTextual() || !SIMPLE_TYPES.contains(type.asText())) {
            throw RuleViolationException.invalidField(cut(name), "Kiểu dữ liệu \"" + cut(type.asText()) + "\" của biến \""
                    + cut(name) + "\" không được nhận; chỉ nhận chữ, số, ngày hoặc có/không.");
        }
        return type.asText();
    }

    /** The variable's value as Java, once it is sure the engine can read it as the declared type. */
    private static Object valueOf(String name, String type, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name) + "\" chỉ nhận một giá trị.");
        }
        if (type == null || "String".equals(type)) {
            return value.isNumber() ? value.numberValue() : value.isBoolean() ? value.booleanValue() : value.asText();
        }
        switch (type) {
            case "Boolean" -> {
                if (value.isBoolean() || "true".equals(value.asText()) || "false".equals(value.asText())) {
                    return Boolean.valueOf(value.asText());
                }
                throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name) + "\" chỉ nhận giá trị có hoặc không.");
            }
            case "Integer", "Short", "Long" -> {
                long limit = switch (type) {
                    case "Short" -> Short.MAX_VALUE;
                    case "Integer" -> Integer.MAX_VALUE;
                    default -> Long.MAX_VALUE;
                };
                try {
                    BigDecimal number = new BigDecimal(value.asText().trim());
                    if (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
                        return number.longValueExact();
                    }
                } catch (NumberFormatException | ArithmeticException notWhole) {
                    // answered below
                }
                throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name) + "\" phải là số nguyên (kiểu " + type + ").");
            }
            case "Double" -> {
                try {
                    double number = Double.parseDouble(value.asText().trim());
                    if (Double.isFinite(number)) {
                        return number;
                    }
                } catch (NumberFormatException notNumber) {
                    // answered below
                }
                throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name) + "\" phải là số.");
            }
            case "Date" -> {
                // The engine reads dates leniently (30 February becomes 2 March); only an exact date is let through.
                SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
                format.setLenient(false);
                String text = value.asText();
                try {
                    java.text.ParsePosition position = new java.text.ParsePosition(0);
                    java.util.Date date = format.parse(text, position);
                    if (date != null && position.getIndex() == text.length()) {
                        return text;
                    }
                } catch (RuntimeException unreadable) {
                    // answered below
                }
                throw RuleViolationException.invalidField(cut(name), "Biến \"" + cut(name)
                        + "\" phải là ngày giờ có thật theo dạng yyyy-MM-dd'T'HH:mm:ss.SSSZ.");
            }
            default -> {
                return null;
            }
        }
    }

    private byte[] rewrite(JsonNode body, Map<String, Object> checked, Map<String, String> types) {
        ObjectNode rewritten = ((ObjectNode) body).deepCopy();
        ObjectNode variables = rewritten.putObject("variables");
        checked.forEach((name, value) -> {
            ObjectNode variable = variables.putObject(name);
            variable.set("value", json.valueToTree(value));
            String type = types.get(name);
            if (type != null) {
                variable.put("type", type);
            }
        });
        try {
            return json.writeValueAsBytes(rewritten);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static final class TooLarge extends RuntimeException {
    }
}
