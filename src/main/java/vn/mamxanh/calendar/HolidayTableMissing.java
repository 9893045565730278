package vn.mamxanh.calendar;

import vn.mamxanh.web.RuleViolationException;

/**
 * R14: a deadline that would run into a year the holiday table does not cover is refused, never
 * counted as weekdays only. It is a rule refusal, so whatever step needed the deadline is refused
 * with this message and stays open; administrators see the year on the holiday page
 * ({@link HolidayTableGaps}) and the refused step can be done again once the year is entered.
 */
public class HolidayTableMissing extends RuleViolationException {

    public static final String FIELD = "holidayTable";

    private final int year;

    public HolidayTableMissing(int year) {
        super("R14", FIELD, message(year));
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** How every refusal of one year begins, so the jobs that failed for it can be found again. */
    static String marker(int year) {
        return "Chưa có bảng ngày nghỉ năm " + year + ":";
    }

    static String message(int year) {
        return marker(year) + " không tính được thời hạn theo ngày làm việc. "
                + "Quản trị viên cần nhập các ngày nghỉ lễ, Tết và ngày làm bù của năm " + year
                + " (trang Quản trị › Ngày nghỉ), sau đó thực hiện lại bước này.";
    }
}
