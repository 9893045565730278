package vn.mamxanh.quota;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * One table of a dashboard, held as values so the page and the .xlsx export show the same numbers
 * from the same object.
 */
public record DashboardTable(String key, String title, List<Column> columns, List<List<Object>> rows,
                             List<Object> footer) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    public enum Kind { TEXT, COUNT, PERCENT }

    public record Column(String header, Kind kind) {
        public boolean numeric() {
            return kind != Kind.TEXT;
        }
    }

    public static Column text(String header) {
        return new Column(header, Kind.TEXT);
    }

    public static Column count(String header) {
        return new Column(header, Kind.COUNT);
    }

    public static Column percent(String header) {
        return new Column(header, Kind.PERCENT);
    }

    /** A value as the page shows it, in Vietnamese number format (105,57 %; 1.214). */
    public String show(Object value, int column) {
        if (value == null) {
            return "—";
        }
        return switch (columns.get(column).kind()) {
            case TEXT -> value.toString();
            case COUNT -> NumberFormat.getIntegerInstance(VIETNAMESE).format(value);
            case PERCENT -> percentFormat().format((BigDecimal) value) + " %";
        };
    }

    private static NumberFormat percentFormat() {
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format;
    }
}
