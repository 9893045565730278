package vn.mamxanh.audit.web;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.journal.JournalSearch;

/**
 * The search as typed in the form or the query string, checked on the server: every mistake is
 * named by its field, in Vietnamese, and nothing is searched until all are right.
 */
public record SearchForm(String actor, String unit, String action, String from, String to, String outcome,
                         Boolean afterDeadline, String caseId, Integer page) {

    /** The same search with the person named by their login. */
    public SearchForm withActor(String login) {
        return new SearchForm(login, unit, action, from, to, outcome, afterDeadline, caseId, page);
    }

    /** The page asked for, from 1. */
    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    public record FieldError(String field, String message) {
    }

    /** A search with at least one mistake. */
    public static class InvalidSearch extends RuntimeException {
        private final List<FieldError> errors;

        InvalidSearch(List<FieldError> errors) {
            super(errors.get(0).message());
            this.errors = errors;
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    public JournalSearch toSearch(AuditorScope.Scope scope, AuditorScope units) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "\"Đến ngày\" phải sau hoặc trùng \"Từ ngày\"."));
        }
        if (present(action) && AuditAction.fromCode(action.trim()).isEmpty()) {
            errors.add(new FieldError("action", "Hành động \"" + action + "\" không có trong danh mục."));
        }
        Collection<String> scopeUnits = scope.units();
        if (present(unit)) {
            if (!scope.covers(unit.trim())) {
                errors.add(new FieldError("unit", "Đơn vị \"" + unit + "\" không thuộc phạm vi kiểm tra của bạn."));
            } else {
                scopeUnits = units.subtree(unit.trim());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidSearch(errors);
        }
        return new JournalSearch(actor, scopeUnits, present(action) ? action.trim() : null, fromDate, toDate,
                Outcomes.code(outcome).orElse(null),
                Boolean.TRUE.equals(afterDeadline), caseId, !present(unit));
    }

    /** Dates as the users write them (31/12/2025) or as browsers send them (2025-12-31). */
    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                String[] parts = text.split("/");
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "Ngày \"" + value + "\" không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2025."));
            return null;
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The criteria in words, for the head of an export. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (present(actor)) parts.add("người thực hiện " + actor);
        if (present(unit)) parts.add("đơn vị " + unit);
        if (present(action)) parts.add("hành động " + AuditAction.labelOf(action.trim()));
        if (present(from)) parts.add("từ ngày " + from);
        if (present(to)) parts.add("đến ngày " + to);
        if (present(outcome)) parts.add("kết quả " + Outcomes.words(Outcomes.code(outcome).orElse(outcome)));
        if (Boolean.TRUE.equals(afterDeadline)) parts.add("chỉ việc làm sau hạn");
        if (present(caseId)) parts.add("hồ sơ " + caseId);
        return parts.isEmpty() ? "toàn bộ phạm vi kiểm tra" : String.join(", ", parts);
    }
}
