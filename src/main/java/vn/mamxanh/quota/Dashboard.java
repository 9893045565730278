package vn.mamxanh.quota;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import vn.mamxanh.organisation.Unit;

/** Everything one dashboard page shows for a unit and a year. */
public record Dashboard(Unit unit, int year, List<Unit> path, List<Unit> children, List<Bar> attainmentBars,
                        List<CountBar> funnelBars, List<CountBar> stageBars,
                        List<DashboardTable> tables, List<DashboardQueries.OverdueCase> overdueCases,
                        List<Bar> complianceBars) {

    /** A bar for a count, as long as its share of the largest count in its chart. */
    public record CountBar(String label, long count, long largest) {
        public String width() {
            return largest == 0 ? "0%" : BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(largest), 2,
                    java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        }

        static List<CountBar> of(List<String> labels, long[] counts) {
            long largest = java.util.Arrays.stream(counts).max().orElse(0);
            return java.util.stream.IntStream.range(0, counts.length)
                    .mapToObj(i -> new CountBar(labels.get(i), counts[i], largest)).toList();
        }
    }

    /** One bar of the attainment chart; the bar's length is capped at the full width. */
    public record Bar(String unitId, String label, BigDecimal percent, String shown) {
        public String width() {
            BigDecimal capped = percent == null ? BigDecimal.ZERO : percent.min(BigDecimal.valueOf(100));
            return capped.toPlainString() + "%";
        }

        public boolean attained() {
            return percent != null && percent.compareTo(BigDecimal.valueOf(100)) >= 0;
        }
    }

    public Optional<DashboardTable> table(String key) {
        return tables.stream().filter(table -> table.key().equals(key)).findFirst();
    }
}
