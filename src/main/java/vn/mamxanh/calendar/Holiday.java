package vn.mamxanh.calendar;

import java.time.LocalDate;

/**
 * One entry of the holiday table: a public holiday or compensatory day off ({@code dayOff}), or a
 * weekend day worked in exchange for a bridged day off ({@code dayOff = false}).
 */
public record Holiday(LocalDate day, String name, boolean dayOff) {
}
