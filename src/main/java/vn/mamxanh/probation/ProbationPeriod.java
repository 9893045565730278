package vn.mamxanh.probation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.mamxanh.web.RuleViolationException;

/** R11: probation runs for the configured months from the ceremony date. */
public final class ProbationPeriod {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProbationPeriod() {
    }

    /** The day probation is over: 12 months after a ceremony on 10/03/2026 is 10/03/2027. */
    public static LocalDate endsOn(LocalDate ceremonyDate, int months) {
        return ceremonyDate.plusMonths(months);
    }

    /** Nothing about recognition may be dated before probation is over. */
    public static void checkOver(LocalDate day, LocalDate endsOn, String field) {
        if (day.isBefore(endsOn)) {
            throw new RuleViolationException("R11", field, "Chưa hết thời gian dự bị 12 tháng (hết vào ngày "
                    + DAY.format(endsOn) + "): chưa thể xét công nhận đảng viên chính thức.");
        }
    }
}
