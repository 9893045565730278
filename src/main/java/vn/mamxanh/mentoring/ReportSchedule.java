package vn.mamxanh.mentoring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * R05: a report per calendar month. The month's report opens on its first day and is due on the
 * configured day of that month (the last day, in months too short for it); from the next day on it
 * is overdue.
 */
public final class ReportSchedule {

    private ReportSchedule() {
    }

    public static YearMonth nextPeriod(LocalDate today) {
        return YearMonth.from(today).plusMonths(1);
    }

    public static YearMonth periodAfter(YearMonth previous) {
        return previous.plusMonths(1);
    }

    public static LocalDateTime opensAt(YearMonth period) {
        return period.atDay(1).atStartOfDay();
    }

    public static LocalDate dueOn(YearMonth period, int dueDay) {
        return period.atDay(Math.min(dueDay, period.lengthOfMonth()));
    }

    public static LocalDateTime overdueFrom(YearMonth period, int dueDay) {
        return dueOn(period, dueDay).plusDays(1).atStartOfDay();
    }

    public static boolean isOverdue(YearMonth period, int dueDay, LocalDateTime now) {
        return !now.isBefore(overdueFrom(period, dueDay));
    }
}
