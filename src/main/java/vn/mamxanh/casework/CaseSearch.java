package vn.mamxanh.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.security.scope.CaseScope;

/** The case list: the cases in a person's scope that match a filter, one page at a time. */
@Repository
public class CaseSearch {

    // No unit has an empty id: stands in for an empty list, which SQL "in ()" does not accept.
    private static final String NONE = "";

    // Only the latest assignment of a case counts: a replaced mentor no longer follows it.
    private static final String CURRENT_MENTORSHIPS = "select a.case_id from mentor_assignment a "
            + "where a.id = (select max(b.id) from mentor_assignment b where b.case_id = a.case_id)";

    private final JdbcClient jdbc;

    public CaseSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Result(List<CaseRow> rows, long total, CaseFilter filter) {
        public int pages() {
            return (int) Math.max(1, (total + CaseFilter.PAGE_SIZE - 1) / CaseFilter.PAGE_SIZE);
        }
    }

    public Result find(CaseScope scope, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, filter, params);
        long total = jdbc.sql("select count(*) from candidate_case c join org_unit u on u.id = c.branch_id " + where)
                .params(params).query(Long.class).single();
        params.put("limit", CaseFilter.PAGE_SIZE);
        params.put("offset", filter.offset());
        String order = " order by " + filter.sort().column() + (filter.descending() ? " desc" : " asc") + ", c.id";
        List<CaseRow> rows = jdbc.sql("select c.*, u.name as branch_name from candidate_case c "
                        + "join org_unit u on u.id = c.branch_id " + where + order + " limit :limit offset :offset")
                .params(params).query(this::row).list();
        return new Result(rows, total, filter);
    }

    /** A mentor in the list's filter: someone currently mentoring a case the viewer may read. */
    public record Mentor(String id, String fullName) {
    }

    /** The current mentors of the cases in scope, by name, for the list's mentor filter. */
    public List<Mentor> mentorsInScope(CaseScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, CaseFilter.of(null, null, null, null, false, null, null, null), params);
        return jdbc.sql("select p.id, p.full_name from person p where p.id in (select a.mentor_id from mentor_assignment a"
                        + " join candidate_case c on c.id = a.case_id join org_unit u on u.id = c.branch_id " + where
                        + " and a.id = (select max(b.id) from mentor_assignment b where b.case_id = a.case_id))"
                        + " order by p.full_name, p.id")
                .params(params).query((rs, row) -> new Mentor(rs.getString("id"), rs.getString("full_name"))).list();
    }

    private static String where(CaseScope scope, CaseFilter filter, Map<String, Object> params) {
        params.put("branches", scope.branchIds().isEmpty() ? List.of(NONE) : List.copyOf(scope.branchIds()));
        params.put("introducers", scope.introducerUnitIds().isEmpty() ? List.of(NONE) : List.copyOf(scope.introducerUnitIds()));
        params.put("mentored", scope.mentoredCaseIds().isEmpty() ? List.of(NONE) : List.copyOf(scope.mentoredCaseIds()));
        StringBuilder where = new StringBuilder(
                "where (c.branch_id in (:branches) or c.introduced_by_unit_id in (:introducers) or c.id in (:mentored))");
        if (filter.query() != null) {
            // accent-, case- and NFC/NFD-insensitive on the name (NameFolding)
            where.append(" and (" + NameFolding.sql("c.full_name") + " like :folded or c.id_number like :like or lower(c.id) like :like)");
            params.put("like", "%" + filter.query().toLowerCase() + "%");
            params.put("folded", "%" + NameFolding.fold(filter.query()) + "%");
            params.put("foldFrom", NameFolding.FROM);
            params.put("foldTo", NameFolding.TO);
        }
        if (filter.stage() != null) {
            where.append(" and c.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.branchId() != null) {
            where.append(" and c.branch_id = :branch");
            params.put("branch", filter.branchId());
        }
        if (filter.mentorId() != null) {
            where.append(" and c.id in (" + CURRENT_MENTORSHIPS + " and a.mentor_id = :mentor)");
            params.put("mentor", filter.mentorId());
        }
        if (filter.overdueOnly()) {
            where.append(" and c.overdue = true");
        }
        return where.toString();
    }

    private CaseRow row(ResultSet rs, int row) throws SQLException {
        return new CaseRow(rs.getString("id"), rs.getString("full_name"), rs.getString("id_number"),
                rs.getString("branch_name"), CaseStage.valueOf(rs.getString("stage")),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"),
                vn.mamxanh.web.VietnamTime.dayOf(rs.getTimestamp("created_at").toInstant()));
    }
}
