package vn.mamxanh.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as the application sees it now: today's date on the engine's clock,
 * in Vietnam's time zone, and deadlines as instants a timer can wait for.
 */
@Component
public class WorkingDays {

    private final HolidayRepository holidays;
    private final HolidayTableGaps gaps;
    private final ZoneId zone;

    public WorkingDays(HolidayRepository holidays, HolidayTableGaps gaps,
                       @Value("${mamxanh.calendar.zone:Asia/Ho_Chi_Minh}") String zone) {
        this.holidays = holidays;
        this.gaps = gaps;
        this.zone = ZoneId.of(zone);
    }

    /** Read on each use: the table is small, and an administrator's change applies at once. */
    public WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(holidays.findAll().stream()
                .collect(Collectors.toMap(Holiday::day, Holiday::dayOff)));
    }

    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * A deadline for a step (R14). When it would run into a year without a holiday table, the year is
     * remembered for administrators and the refusal goes on to whoever needed the deadline: the step
     * that was being completed is refused (400, rule R14) and stays open; a timer job fails and, after
     * its retries, becomes an incident until the year is entered.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        try {
            return calendar().addWorkingDays(from, n);
        } catch (HolidayTableMissing missing) {
            gaps.refused(missing.year());
            throw missing;
        }
    }

    /** Working days from today to {@code due} for display; empty when the table lacks a year between them. */
    public java.util.OptionalInt workingDaysLeft(WorkingDayCalendar calendar, LocalDate today, LocalDate due) {
        try {
            return java.util.OptionalInt.of(calendar.workingDaysBetween(today, due));
        } catch (HolidayTableMissing missing) {
            return java.util.OptionalInt.empty();
        }
    }

    /** A deadline "by day D" runs out at the end of D: the first moment of the next day. */
    public Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }
}
