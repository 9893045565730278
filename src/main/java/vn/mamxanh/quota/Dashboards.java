package vn.mamxanh.quota;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.UnitTree;
import vn.mamxanh.quota.DashboardQueries.CaseCount;
import vn.mamxanh.web.VietnamTime;

/**
 * Builds a unit's dashboard: one row per child unit, every figure summed over the branches below
 * that child, so a unit's figures are the sums of its children's all the way up the tree.
 */
@Component
public class Dashboards {

    private static final Set<CaseStatus> ADMITTED = Set.of(CaseStatus.PROBATIONARY, CaseStatus.OFFICIAL, CaseStatus.REMOVED);

    private final OrganisationRepository organisation;
    private final QuotaRepository quotas;
    private final DashboardQueries queries;
    private final QuotaSettings settings;

    public Dashboards(OrganisationRepository organisation, QuotaRepository quotas, DashboardQueries queries,
                      QuotaSettings settings) {
        this.organisation = organisation;
        this.quotas = quotas;
        this.queries = queries;
        this.settings = settings;
    }

    public Dashboard of(String unitId, int year, boolean withCaseNames) {
        UnitTree tree = UnitTree.of(organisation);
        Unit unit = tree.find(unitId).orElseThrow();
        List<Unit> rows = unit.kind() == UnitKind.BRANCH ? List.of(unit) : tree.partyChildren(unitId);
        Map<String, List<String>> branchesOf = new LinkedHashMap<>();
        rows.forEach(row -> branchesOf.put(row.id(), tree.branchesUnder(row.id())));
        List<String> allBranches = tree.branchesUnder(unitId);

        Map<String, Long> admitted = queries.admittedIn(year, allBranches);
        Map<String, Integer> quotaOf = quotas.current(branchesOf.keySet(), year);
        Integer ownQuota = quotas.current(unitId, year).orElse(null);
        Map<String, Integer> assignedBelow = new LinkedHashMap<>();
        for (Unit row : rows) {
            List<String> below = tree.partyChildren(row.id()).stream().map(Unit::id).toList();
            Map<String, Integer> belowQuotas = quotas.current(below, year);
            if (!belowQuotas.isEmpty() && row.kind() != UnitKind.BRANCH) {
                assignedBelow.put(row.id(), belowQuotas.values().stream().mapToInt(Integer::intValue).sum());
            }
        }
        List<CaseCount> counts = queries.caseCounts(allBranches);

        List<Dashboard.Bar> bars = new ArrayList<>();
        DashboardTable attainment = unit.kind() == UnitKind.BRANCH
                ? attainmentTable(unit, year, rows, branchesOf, admitted, quotaOf, Map.of(), null, bars)
                : attainmentTable(unit, year, rows, branchesOf, admitted, quotaOf, assignedBelow, ownQuota, bars);
        List<Dashboard.Bar> complianceBars = new ArrayList<>();
        DashboardTable compliance = complianceTable(unit, year, rows, branchesOf,
                queries.mentoringReports(year, allBranches), complianceBars);
        DashboardTable rates = ratesTable(unit, year, rows, branchesOf, admitted,
                queries.membersAtStartOf(year, allBranches), counts);
        List<DashboardTable> tables = List.of(attainment, rates, funnelTable(rows, branchesOf, counts),
                overdueTable(rows, branchesOf, counts), compliance, stagesOverTimeTable(allBranches, counts));
        long[] funnel = funnel(counts, allBranches);
        long[] stagesNow = new long[CaseStage.values().length];
        counts.stream().filter(c -> !c.status().isEnded()).forEach(c -> stagesNow[c.stage().ordinal()] += c.count());
        List<Dashboard.CountBar> funnelBars = Dashboard.CountBar.of(
                List.of("Vào nguồn", "Học lớp nhận thức", "Đã kết nạp", "Đang dự bị", "Chính thức"), funnel);
        List<Dashboard.CountBar> stageBars = Dashboard.CountBar.of(
                Arrays.stream(CaseStage.values()).map(stage -> (stage.ordinal() + 1) + ". " + stage.label()).toList(), stagesNow);
        return new Dashboard(unit, year, pathTo(unit, tree), tree.partyChildren(unitId), bars, funnelBars, stageBars, tables,
                withCaseNames ? queries.overdueCases(allBranches) : List.of(), complianceBars);
    }

    /** Share of the year's monthly mentoring reports filed on time (R05); no share where none were due. */
    private DashboardTable complianceTable(Unit unit, int year, List<Unit> rows, Map<String, List<String>> branchesOf,
                                           Map<String, DashboardQueries.ReportCount> reports, List<Dashboard.Bar> bars) {
        List<List<Object>> lines = new ArrayList<>();
        DashboardTable table = new DashboardTable("mentoring", "Báo cáo giúp đỡ hằng tháng nộp đúng hạn năm " + year,
                List.of(DashboardTable.text("Đơn vị"), DashboardTable.count("Báo cáo phải nộp"),
                        DashboardTable.count("Nộp đúng hạn"), DashboardTable.percent("Tỷ lệ đúng hạn")),
                lines, new ArrayList<>());
        long totalDue = 0;
        long totalOnTime = 0;
        for (Unit row : rows) {
            long due = 0;
            long onTime = 0;
            for (String branch : branchesOf.get(row.id())) {
                DashboardQueries.ReportCount count = reports.get(branch);
                if (count != null) {
                    due += count.due();
                    onTime += count.onTime();
                }
            }
            BigDecimal percent = QuotaRules.attainmentPercent(onTime, (int) due).orElse(null);
            lines.add(Arrays.asList(row.name(), due, onTime, percent));
            bars.add(new Dashboard.Bar(row.id(), row.name(), percent, table.show(percent, 3)));
            totalDue += due;
            totalOnTime += onTime;
        }
        table.footer().addAll(Arrays.asList("Tổng " + unit.name(), totalDue, totalOnTime,
                QuotaRules.attainmentPercent(totalOnTime, (int) totalDue).orElse(null)));
        return table;
    }

    /**
     * R15: each child unit against the quota assigned to it, and the unit's own total against the quota
     * assigned to the unit itself, with the sum of what it assigned below beside it (the two can differ:
     * a committee may hand out more than it was given).
     */
    private DashboardTable attainmentTable(Unit unit, int year, List<Unit> rows, Map<String, List<String>> branchesOf,
                                           Map<String, Long> admitted, Map<String, Integer> quotaOf,
                                           Map<String, Integer> assignedBelow, Integer ownQuota,
                                           List<Dashboard.Bar> bars) {
        List<List<Object>> lines = new ArrayList<>();
        long totalAdmitted = 0;
        int totalQuota = 0;
        boolean anyQuota = false;
        DashboardTable table = new DashboardTable("attainment", "Kết quả thực hiện chỉ tiêu kết nạp năm " + year,
                List.of(DashboardTable.text("Đơn vị"), DashboardTable.count("Chỉ tiêu được giao"),
                        DashboardTable.count("Tổng chỉ tiêu giao cho cấp dưới"),
                        DashboardTable.count("Đã kết nạp"), DashboardTable.percent("Tỷ lệ đạt")),
                lines, new ArrayList<>());
        for (Unit row : rows) {
            long done = sum(admitted, branchesOf.get(row.id()));
            Integer quota = quotaOf.get(row.id());
            BigDecimal percent = QuotaRules.attainmentPercent(done, quota).orElse(null);
            lines.add(Arrays.asList(row.name(), quota, assignedBelow.get(row.id()), done, percent));
            bars.add(new Dashboard.Bar(row.id(), row.name(), percent, table.show(percent, 4)));
            totalAdmitted += done;
            if (quota != null) {
                totalQuota += quota;
                anyQuota = true;
            }
        }
        boolean branch = unit.kind() == UnitKind.BRANCH;
        Integer own = branch ? quotaOf.get(unit.id()) : ownQuota;
        Integer summedQuota = !branch && anyQuota ? totalQuota : null;
        table.footer().addAll(Arrays.asList("Tổng " + unit.name(), own, summedQuota, totalAdmitted,
                QuotaRules.attainmentPercent(totalAdmitted, own).orElse(null)));
        return table;
    }

    /**
     * R15's other measure: the year's admissions and today's source pool as shares of the membership at
     * the start of the year (national aims: admissions 3–4 %, source pool 6–8 %).
     */
    private DashboardTable ratesTable(Unit unit, int year, List<Unit> rows, Map<String, List<String>> branchesOf,
                                      Map<String, Long> admitted, Map<String, Long> members, List<CaseCount> counts) {
        List<List<Object>> lines = new ArrayList<>();
        long totalMembers = 0;
        long totalAdmitted = 0;
        long totalPool = 0;
        for (Unit row : rows) {
            List<String> branches = branchesOf.get(row.id());
            long rowMembers = sum(members, branches);
            long rowAdmitted = sum(admitted, branches);
            long rowPool = sourcePool(counts, branches);
            lines.add(Arrays.asList(row.name(), rowMembers, rowAdmitted,
                    QuotaRules.sharePercent(rowAdmitted, rowMembers).orElse(null), rowPool,
                    QuotaRules.sharePercent(rowPool, rowMembers).orElse(null)));
            totalMembers += rowMembers;
            totalAdmitted += rowAdmitted;
            totalPool += rowPool;
        }
        return new DashboardTable("rates", "Kết nạp và tạo nguồn so với số đảng viên đầu năm " + year,
                List.of(DashboardTable.text("Đơn vị"), DashboardTable.count("Đảng viên đầu năm"),
                        DashboardTable.count("Kết nạp trong năm"),
                        DashboardTable.percent("Tỷ lệ kết nạp (mục tiêu " + settings.admissionAim() + ")"),
                        DashboardTable.count("Quần chúng trong nguồn"),
                        DashboardTable.percent("Tỷ lệ nguồn (mục tiêu " + settings.sourcePoolAim() + ")")),
                lines, Arrays.asList("Tổng " + unit.name(), totalMembers, totalAdmitted,
                QuotaRules.sharePercent(totalAdmitted, totalMembers).orElse(null), totalPool,
                QuotaRules.sharePercent(totalPool, totalMembers).orElse(null)));
    }

    /** Candidates in the source pool now: accepted by the branch, still open, not yet admitted. */
    static long sourcePool(List<CaseCount> counts, List<String> branches) {
        return counts.stream()
                .filter(c -> branches.contains(c.branchId()) && c.status() == CaseStatus.OPEN && !c.admitted()
                        && c.stage().ordinal() >= CaseStage.SOURCE_POOL.ordinal())
                .mapToLong(CaseCount::count).sum();
    }

    private DashboardTable funnelTable(List<Unit> rows, Map<String, List<String>> branchesOf, List<CaseCount> counts) {
        List<List<Object>> lines = new ArrayList<>();
        long[] totals = new long[5];
        for (Unit row : rows) {
            long[] funnel = funnel(counts, branchesOf.get(row.id()));
            List<Object> line = new ArrayList<>();
            line.add(row.name());
            for (int i = 0; i < funnel.length; i++) {
                line.add(funnel[i]);
                totals[i] += funnel[i];
            }
            lines.add(line);
        }
        List<Object> footer = new ArrayList<>();
        footer.add("Tổng");
        Arrays.stream(totals).forEach(footer::add);
        return new DashboardTable("funnel", "Phễu phát triển đảng viên",
                List.of(DashboardTable.text("Đơn vị"), DashboardTable.count("Vào nguồn"),
                        DashboardTable.count("Học lớp nhận thức"), DashboardTable.count("Đã kết nạp"),
                        DashboardTable.count("Đang dự bị"), DashboardTable.count("Chính thức")),
                lines, footer);
    }

    /** Source pool → class → admitted → probation → official, counting each case at every stage it reached. */
    static long[] funnel(List<CaseCount> counts, List<String> branches) {
        long[] funnel = new long[5];
        for (CaseCount c : counts) {
            if (!branches.contains(c.branchId())) {
                continue;
            }
            boolean admitted = c.admitted() || ADMITTED.contains(c.status());
            if (c.stage().ordinal() >= CaseStage.SOURCE_POOL.ordinal() || admitted) {
                funnel[0] += c.count();
            }
            if (c.stage().ordinal() >= CaseStage.AWARENESS_CLASS.ordinal() || admitted) {
                funnel[1] += c.count();
            }
            if (admitted) {
                funnel[2] += c.count();
            }
            if (c.status() == CaseStatus.PROBATIONARY) {
                funnel[3] += c.count();
            }
            if (c.status() == CaseStatus.OFFICIAL) {
                funnel[4] += c.count();
            }
        }
        return funnel;
    }

    private DashboardTable overdueTable(List<Unit> rows, Map<String, List<String>> branchesOf, List<CaseCount> counts) {
        List<List<Object>> lines = new ArrayList<>();
        long totalOpen = 0;
        long totalOverdue = 0;
        for (Unit row : rows) {
            long open = 0;
            long overdue = 0;
            for (CaseCount c : counts) {
                if (branchesOf.get(row.id()).contains(c.branchId()) && !c.status().isEnded()) {
                    open += c.count();
                    overdue += c.overdue() ? c.count() : 0;
                }
            }
            lines.add(Arrays.asList(row.name(), open, overdue, QuotaRules.attainmentPercent(overdue, (int) open).orElse(null)));
            totalOpen += open;
            totalOverdue += overdue;
        }
        return new DashboardTable("overdue", "Hồ sơ quá hạn",
                List.of(DashboardTable.text("Đơn vị"), DashboardTable.count("Hồ sơ đang xét"),
                        DashboardTable.count("Quá hạn"), DashboardTable.percent("Tỷ lệ quá hạn")),
                lines, Arrays.asList("Tổng", totalOpen, totalOverdue,
                QuotaRules.attainmentPercent(totalOverdue, (int) totalOpen).orElse(null)));
    }

    private DashboardTable stagesOverTimeTable(List<String> branches, List<CaseCount> counts) {
        LocalDate today = VietnamTime.today();
        Map<YearMonth, long[]> months = new LinkedHashMap<>();
        for (DashboardQueries.StageSnapshot snapshot : queries.monthlySnapshots(branches, today.minusMonths(11).withDayOfMonth(1))) {
            months.computeIfAbsent(YearMonth.from(snapshot.takenOn()), key -> new long[CaseStage.values().length])
                    [snapshot.stage().ordinal()] += snapshot.count();
        }
        long[] now = new long[CaseStage.values().length];
        counts.stream().filter(c -> !c.status().isEnded()).forEach(c -> now[c.stage().ordinal()] += c.count());
        months.put(YearMonth.from(today), now);

        // One row per stage and one column per month: the path reads downwards, time to the right.
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MM/yyyy");
        List<DashboardTable.Column> columns = new ArrayList<>();
        columns.add(DashboardTable.text("Giai đoạn"));
        months.keySet().forEach(month -> columns.add(DashboardTable.count(month.format(format))));
        List<List<Object>> lines = new ArrayList<>();
        for (CaseStage stage : CaseStage.values()) {
            List<Object> line = new ArrayList<>();
            line.add((stage.ordinal() + 1) + ". " + stage.label());
            months.values().forEach(stageCounts -> line.add(stageCounts[stage.ordinal()]));
            lines.add(line);
        }
        List<Object> footer = new ArrayList<>();
        footer.add("Tổng");
        months.values().forEach(stageCounts -> footer.add(Arrays.stream(stageCounts).sum()));
        return new DashboardTable("stages", "Số hồ sơ đang xét theo giai đoạn qua các tháng", columns, lines, footer);
    }

    private static long sum(Map<String, Long> byBranch, List<String> branches) {
        return branches.stream().mapToLong(branch -> byBranch.getOrDefault(branch, 0L)).sum();
    }

    private static List<Unit> pathTo(Unit unit, UnitTree tree) {
        List<Unit> path = new ArrayList<>();
        Unit current = unit;
        while (current != null) {
            path.add(0, current);
            current = tree.find(current.parentId()).orElse(null);
        }
        return path;
    }
}
