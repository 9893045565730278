package vn.mamxanh.casework;

import java.util.Arrays;
import java.util.Map;

import vn.mamxanh.candidate.CaseStage;

/**
 * What the case list was asked for. Built leniently from the address bar: an unknown stage or sort
 * column is ignored rather than refused, since people edit and share these links.
 */
public record CaseFilter(String query, CaseStage stage, String branchId, String mentorId, boolean overdueOnly,
                         Sort sort, boolean descending, int page) {

    public static final int PAGE_SIZE = 20;

    /** Sortable columns, mapped to SQL here so nothing from the request reaches the query text. */
    public enum Sort {
        CREATED("c.created_at"), NAME("c.full_name"), ID("c.id"), STAGE("c.stage"), BRANCH("u.name");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        public String param() {
            return name().toLowerCase();
        }
    }

    public static CaseFilter of(String query, String stage, String branchId, String mentorId, boolean overdueOnly,
                                String sort, String direction, Integer page) {
        return new CaseFilter(blankToNull(query), parse(CaseStage.class, stage), blankToNull(branchId),
                blankToNull(mentorId), overdueOnly,
                parse(Sort.class, sort) == null ? Sort.CREATED : parse(Sort.class, sort),
                sort == null ? true : "desc".equalsIgnoreCase(direction), page == null || page < 1 ? 1 : page);
    }

    public int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    /** The query string of this filter with some parameters replaced, for sort headers and page links. */
    public String link(Map<String, String> changes) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        put(params, "q", query);
        put(params, "stage", stage == null ? null : stage.name());
        put(params, "branch", branchId);
        put(params, "mentor", mentorId);
        put(params, "overdue", overdueOnly ? "true" : null);
        put(params, "sort", sort.param());
        put(params, "dir", descending ? "desc" : "asc");
        put(params, "page", String.valueOf(page));
        changes.forEach((key, value) -> put(params, key, value));
        StringBuilder link = new StringBuilder("/cases");
        String separator = "?";
        for (Map.Entry<String, String> entry : params.entrySet()) {
            link.append(separator).append(entry.getKey()).append('=')
                    .append(java.net.URLEncoder.encode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            separator = "&";
        }
        return link.toString();
    }

    /** Link that sorts by a column, flipping the direction when it is already the sort column. */
    public String sortLink(String column) {
        Sort target = parse(Sort.class, column);
        boolean nextDescending = target == sort ? !descending : false;
        return link(Map.of("sort", column, "dir", nextDescending ? "desc" : "asc", "page", "1"));
    }

    public String pageLink(int target) {
        return link(Map.of("page", String.valueOf(target)));
    }

    private static void put(Map<String, String> params, String key, String value) {
        if (value == null) {
            params.remove(key);
        } else {
            params.put(key, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.trim()))
                .findFirst().orElse(null);
    }
}
