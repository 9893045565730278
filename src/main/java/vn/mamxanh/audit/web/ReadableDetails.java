package vn.mamxanh.audit.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mamxanh.web.VietnamTime;

/**
 * An entry's stored data (the JSON is the evidence) as an auditor reads it: each value under the
 * label the person saw in the form, people and units by name, yes/no, dates as dd/MM/yyyy, and
 * choices by their Vietnamese option. The labels come from the Camunda Forms themselves, so a new
 * form field is labelled without touching this class.
 */
@Component
public class ReadableDetails {

    /** One labelled value. */
    public record Field(String label, String value) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** What the journal itself writes, and process variables no form asks for. */
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("caseId", "Mã hồ sơ"), Map.entry("branchId", "Chi bộ"), Map.entry("mentorId", "Đảng viên giúp đỡ"),
            Map.entry("mentor", "Đảng viên giúp đỡ"), Map.entry("previousMentor", "Đảng viên giúp đỡ trước đó"),
            Map.entry("assignee", "Người được giao"), Map.entry("candidateGroups", "Giao cho"),
            Map.entry("taskDefinitionKey", "Mã bước (Camunda)"), Map.entry("activityId", "Mã bước (Camunda)"),
            Map.entry("processDefinitionKey", "Quy trình"), Map.entry("endActivityId", "Mã điểm kết thúc (Camunda)"),
            Map.entry("end", "Kết thúc tại"), Map.entry("reason", "Lý do"), Map.entry("incidentType", "Loại sự cố"),
            Map.entry("message", "Nội dung"), Map.entry("rule", "Quy định"), Map.entry("field", "Trường dữ liệu"),
            Map.entry("unit", "Đơn vị"), Map.entry("fromParent", "Từ đơn vị cấp trên"), Map.entry("toParent", "Sang đơn vị cấp trên"),
            Map.entry("fromBranch", "Từ chi bộ"), Map.entry("toBranch", "Sang chi bộ"), Map.entry("comment", "Ý kiến"),
            Map.entry("inFavour", "Số tán thành"), Map.entry("officialMembers", "Số đảng viên chính thức"),
            Map.entry("minutes", "Biên bản"), Map.entry("admitted", "Được kết nạp"), Map.entry("recognised", "Được công nhận chính thức"),
            Map.entry("accepted", "Được tiếp nhận vào nguồn"), Map.entry("grassrootsRecommends", "Đảng ủy cơ sở đề nghị"),
            Map.entry("provinceApprovalNeeded", "Cần Tỉnh ủy chấp thuận (R01)"), Map.entry("probationStartedOn", "Ngày bắt đầu dự bị"),
            Map.entry("reportPeriod", "Kỳ báo cáo"), Map.entry("certificateIssued", "Đã cấp giấy chứng nhận"),
            Map.entry("overdue", "Quá hạn"),
            // what the path journals by itself (audit.PathJournal, AdministrationJournal)
            Map.entry("branch", "Chi bộ"), Map.entry("introducedByUnit", "Đoàn thể giới thiệu"),
            Map.entry("introducedBy", "Người giới thiệu"), Map.entry("endedBy", "Người kết thúc hồ sơ"),
            Map.entry("body", "Cơ quan biểu quyết"), Map.entry("entitled", "Số người có quyền biểu quyết"),
            Map.entry("present", "Số có mặt"), Map.entry("against", "Số không tán thành"),
            Map.entry("kind", "Loại quyết định"), Map.entry("number", "Số quyết định"), Map.entry("date", "Ngày quyết định"),
            Map.entry("step", "Bước quá hạn"), Map.entry("person", "Người"), Map.entry("group", "Chức trách"),
            Map.entry("from", "Trước"), Map.entry("to", "Sau"), Map.entry("since", "Tính từ ngày"), Map.entry("day", "Ngày"),
            Map.entry("value", "Giá trị mới"));
    private static final Map<String, String> PROCESSES = Map.of(
            "candidate-admission", "Phát triển đảng viên (giai đoạn 1–7)", "mentoring", "Giúp đỡ quần chúng hằng tháng",
            "admission-decision", "Xét và quyết định kết nạp (giai đoạn 8–10)", "probation", "Dự bị và công nhận chính thức (giai đoạn 11–12)");
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("assignee", "mentor", "mentorId", "previousMentor",
            "introducedBy", "endedBy", "person");
    private static final java.util.Set<String> UNITS = java.util.Set.of("branchId", "unit", "fromParent", "toParent", "fromBranch",
            "toBranch", "branch", "introducedByUnit");

    private final Map<String, String> labels = new HashMap<>(FIXED);
    private final Map<String, Map<String, String>> options = new HashMap<>();

    public ReadableDetails() {
        try {
            for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = form.getInputStream()) {
                    collect(JSON.readTree(in).path("components"));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the forms' labels", e);
        }
    }

    private void collect(JsonNode components) {
        for (JsonNode component : components) {
            String key = component.path("key").asText(null);
            String label = component.path("label").asText(null);
            if (key != null && label != null && !FIXED.containsKey(key)) {
                labels.putIfAbsent(key, label.replace("*", "").trim());
            }
            if (key != null && component.has("values")) {
                Map<String, String> choices = options.computeIfAbsent(key, k -> new HashMap<>());
                component.path("values").forEach(v -> choices.put(v.path("value").asText(), v.path("label").asText()));
            }
            collect(component.path("components"));
        }
    }

    /**
     * @param people  a login name to the person's name
     * @param units   a unit id to the unit's name
     * @param groups  a Camunda group id to "Bí thư - Chi bộ thôn Đông"
     */
    public List<Field> of(String detailsJson, Function<String, String> people, Function<String, String> units,
                          Function<String, String> groups) {
        Map<String, Object> details;
        try {
            details = JSON.readValue(detailsJson, new TypeReference<>() {
            });
        } catch (Exception unreadable) {
            return List.of(new Field("Dữ liệu", detailsJson));
        }
        List<Field> fields = new ArrayList<>();
        if (details.containsKey("name") && details.containsKey("value") && details.size() == 2) {
            String name = String.valueOf(details.get("name"));
            fields.add(new Field(label(name), value(name, details.get("value"), people, units)));
            return fields;
        }
        details.forEach((key, value) -> {
            if ("data".equals(key) && value instanceof Map<?, ?> data) {
                data.forEach((k, v) -> fields.add(new Field(label(String.valueOf(k)), value(String.valueOf(k), v, people, units))));
            } else if ("candidateGroups".equals(key)) {
                fields.add(new Field(label(key), Arrays.stream(String.valueOf(value).split(",\\s*")).map(groups)
                        .collect(Collectors.joining("; "))));
            } else {
                fields.add(new Field(label(key), value(key, value, people, units)));
            }
        });
        return fields;
    }

    private String label(String key) {
        return labels.getOrDefault(key, key);
    }

    private String value(String key, Object value, Function<String, String> people, Function<String, String> units) {
        if (value == null || "null".equals(value)) {
            return "—";
        }
        if (value instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        }
        String text = String.valueOf(value);
        if (PEOPLE.contains(key)) {
            return people.apply(text);
        }
        if (UNITS.contains(key)) {
            return units.apply(text);
        }
        if ("processDefinitionKey".equals(key)) {
            return PROCESSES.getOrDefault(text, text);
        }
        Map<String, String> choices = options.get(key);
        if (choices != null && choices.containsKey(text)) {
            return choices.get(text);
        }
        if ("true".equals(text) || "false".equals(text)) {
            return "true".equals(text) ? "Có" : "Không";
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> label(String.valueOf(e.getKey())) + ": " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY.format(LocalDate.parse(text));
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*Z")) {
            try {
                return TIME.withZone(VietnamTime.zone()).format(Instant.parse(text));
            } catch (RuntimeException notAnInstant) {
                return text;
            }
        }
        return text;
    }
}
