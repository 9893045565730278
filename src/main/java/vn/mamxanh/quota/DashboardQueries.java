package vn.mamxanh.quota;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;

/** The figures behind the dashboards, counted per branch; callers sum branches up the tree. */
@Repository
public class DashboardQueries {

    // No unit has an empty id: stands in for an empty list, which SQL "in ()" does not accept.
    private static final String NONE = "";

    private final JdbcClient jdbc;

    public DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Official and probationary members who had joined before 1 January of the year. */
    public Map<String, Long> membersAtStartOf(int year, Collection<String> branches) {
        return countsByBranch("""
                select branch_id, count(*) as n from person
                where branch_id in (:branches) and membership in ('OFFICIAL', 'PROBATIONARY')
                  and (member_since is null or member_since < :from)
                group by branch_id""", branches, Map.of("from", Date.valueOf(LocalDate.of(year, 1, 1))));
    }

    /** Cases admitted by a decision dated in the year (R15 "admitted", see {@link AdmissionDates}). */
    public Map<String, Long> admittedIn(int year, Collection<String> branches) {
        return countsByBranch("""
                select branch_id, count(*) as n from candidate_case
                where branch_id in (:branches) and admitted_on >= :from and admitted_on < :until
                group by branch_id""", branches,
                Map.of("from", Date.valueOf(LocalDate.of(year, 1, 1)), "until", Date.valueOf(LocalDate.of(year + 1, 1, 1))));
    }

    public record CaseCount(String branchId, CaseStage stage, CaseStatus status, boolean admitted, boolean overdue, long count) {
    }

    /** Every case counted by branch, stage and status: the funnel and the stage counts are sums of these. */
    public List<CaseCount> caseCounts(Collection<String> branches) {
        return jdbc.sql("""
                select branch_id, stage, status, admitted_on is not null as admitted, overdue, count(*) as n
                from candidate_case where branch_id in (:branches)
                group by branch_id, stage, status, admitted_on is not null, overdue""")
                .param("branches", orNone(branches))
                .query((rs, row) -> new CaseCount(rs.getString("branch_id"), CaseStage.valueOf(rs.getString("stage")),
                        CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("admitted"), rs.getBoolean("overdue"),
                        rs.getLong("n")))
                .list();
    }

    public record OverdueCase(String id, String fullName, String branchName, CaseStage stage) {
    }

    public List<OverdueCase> overdueCases(Collection<String> branches) {
        return jdbc.sql("""
                select c.id, c.full_name, u.name as branch_name, c.stage from candidate_case c
                join org_unit u on u.id = c.branch_id
                where c.branch_id in (:branches) and c.overdue = true and c.status in ('OPEN', 'PROBATIONARY')
                order by u.name, c.id""")
                .param("branches", orNone(branches))
                .query((rs, row) -> new OverdueCase(rs.getString("id"), rs.getString("full_name"),
                        rs.getString("branch_name"), CaseStage.valueOf(rs.getString("stage"))))
                .list();
    }

    public record StageSnapshot(LocalDate takenOn, CaseStage stage, long count) {
    }

    /** For each month since a day, the counts of the last snapshot taken in that month, summed over the branches. */
    public List<StageSnapshot> monthlySnapshots(Collection<String> branches, LocalDate since) {
        return jdbc.sql("""
                select s.taken_on, s.stage, sum(s.case_count) as n from stage_snapshot s
                where s.branch_id in (:branches) and s.taken_on >= :since
                  and s.taken_on = (select max(l.taken_on) from stage_snapshot l
                                    where l.taken_on >= :since
                                      and extract(year from l.taken_on) = extract(year from s.taken_on)
                                      and extract(month from l.taken_on) = extract(month from s.taken_on))
                group by s.taken_on, s.stage
                order by s.taken_on""")
                .param("branches", orNone(branches)).param("since", Date.valueOf(since))
                .query((rs, row) -> new StageSnapshot(rs.getDate("taken_on").toLocalDate(),
                        CaseStage.valueOf(rs.getString("stage")), rs.getLong("n")))
                .list();
    }

    /** Monthly mentoring reports due in the year and how many of them were filed on time (R05), per branch. */
    public record ReportCount(long due, long onTime) {
    }

    public Map<String, ReportCount> mentoringReports(int year, Collection<String> branches) {
        Map<String, ReportCount> counts = new HashMap<>();
        // A month is due once it was filed or ran past its due day unfiled (mentoring_report_missed); it is on
        // time only if its first filing was (a correction is a new row for the same month, R16), so a report
        // that never came counts as late.
        jdbc.sql("""
                select c.branch_id, count(*) as due,
                       count(*) filter (where exists (
                           select 1 from mentoring_report r
                           where r.case_id = m.case_id and r.period = m.period and not r.overdue
                             and r.id = (select min(f.id) from mentoring_report f
                                         where f.case_id = r.case_id and f.period = r.period))) as on_time
                from (select d.case_id, d.period, min(d.due_on) as due_on
                      from (select case_id, period, due_on from mentoring_report
                            union all
                            select case_id, period, due_on from mentoring_report_missed) d
                      group by d.case_id, d.period) m
                join candidate_case c on c.id = m.case_id
                where c.branch_id in (:branches) and m.due_on >= :from and m.due_on < :until
                group by c.branch_id""")
                .param("branches", orNone(branches))
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("until", Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, row) -> counts.put(rs.getString("branch_id"), new ReportCount(rs.getLong("due"), rs.getLong("on_time"))))
                .list();
        return counts;
    }

    private Map<String, Long> countsByBranch(String sql, Collection<String> branches, Map<String, Object> params) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql).param("branches", orNone(branches)).params(params)
                .query((rs, row) -> counts.put(rs.getString("branch_id"), rs.getLong("n")))
                .list();
        return counts;
    }

    private static List<String> orNone(Collection<String> branches) {
        return branches.isEmpty() ? List.of(NONE) : List.copyOf(branches);
    }
}
