package vn.mamxanh.calendar;

import java.time.LocalDate;

/** Someone (an administrator; the journal records who) changed the holiday table (R14): a day set as day off or worked, or taken out. */
public record HolidayChanged(LocalDate day, String name, Boolean dayOff, boolean removed) {
}
