package vn.mamxanh.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Vietnamese working days (R14): Monday to Friday, minus the public holidays and compensatory days
 * off of the holiday table, plus the weekend days the table marks as worked in exchange for a
 * bridged day off (làm bù). Pure logic over a snapshot of the table. A year counts as kept when the
 * table has at least one entry for it (every year has New Year's Day); asking about a day of any other
 * year throws {@link HolidayTableMissing} rather than guessing weekdays only.
 */
public final class WorkingDayCalendar {

    /** day → true for a day off on a weekday, false for a weekend day that is worked */
    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> yearsKept;

    public WorkingDayCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
        this.yearsKept = exceptions.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    }

    public boolean keeps(int year) {
        return yearsKept.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!keeps(day.getYear())) {
            throw new HolidayTableMissing(day.getYear());
        }
        Boolean dayOff = exceptions.get(day);
        if (dayOff != null) {
            return !dayOff;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /**
     * The n-th working day after {@code from}, the day itself not counted: a resolution received
     * on day D must be decided "within 30 working days", i.e. by the end of addWorkingDays(D, 30).
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * earlier. The inverse of {@link #addWorkingDays}: workingDaysBetween(d, addWorkingDays(d, n)) == n.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
