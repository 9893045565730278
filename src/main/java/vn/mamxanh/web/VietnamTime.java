package vn.mamxanh.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The application's one clock and one zone. "Now" is the engine's clock ({@link ClockUtil}), so tests
 * and the demo can move it; every "today", deadline and time shown is read in the zone of
 * {@code mamxanh.calendar.zone} (Vietnam), never in the server's own zone: a server running in UTC
 * still starts the Vietnamese day at midnight in Hanoi.
 */
public final class VietnamTime {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static volatile ZoneId zone = DEFAULT_ZONE;

    private VietnamTime() {
    }

    /** Set once at start-up from {@code mamxanh.calendar.zone} ({@code calendar.CalendarZone}). */
    public static void use(ZoneId configured) {
        zone = configured;
    }

    public static ZoneId zone() {
        return zone;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return dayOf(now());
    }

    public static LocalDateTime localNow() {
        return local(now());
    }

    public static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    public static LocalDate dayOf(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /** The day a form's date-time value falls on in Vietnam (a typed date from the engine is an instant). */
    public static LocalDate dayOf(Date date) {
        return date == null ? null : dayOf(date.toInstant());
    }

    public static Instant instantOf(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
