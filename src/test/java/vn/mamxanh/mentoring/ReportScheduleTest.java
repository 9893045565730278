package vn.mamxanh.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.Person;

class ReportScheduleTest {

    @Test
    void R05_a_report_per_month_due_on_the_configured_day() {
        YearMonth march = YearMonth.of(2026, 3);
        assertThat(ReportSchedule.nextPeriod(LocalDate.of(2026, 2, 17))).isEqualTo(march);
        assertThat(ReportSchedule.periodAfter(YearMonth.of(2026, 12))).isEqualTo(YearMonth.of(2027, 1));
        assertThat(ReportSchedule.dueOn(march, 25)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(ReportSchedule.dueOn(YearMonth.of(2026, 2), 30)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ReportSchedule.isOverdue(march, 25, LocalDate.of(2026, 3, 25).atTime(23, 59))).isFalse();
        assertThat(ReportSchedule.isOverdue(march, 25, LocalDate.of(2026, 3, 26).atStartOfDay())).isTrue();
    }

    @Test
    void R05_the_mentor_is_an_official_member_of_the_same_branch() {
        Person official = new Person("a", "A", null, "cb-thon-dong", Membership.OFFICIAL, LocalDate.of(2010, 1, 1));
        Person probationary = new Person("b", "B", null, "cb-thon-dong", Membership.PROBATIONARY, LocalDate.of(2026, 1, 1));
        assertThat(MentorRule.violation(Optional.of(official), "cb-thon-dong")).isEmpty();
        assertThat(MentorRule.violation(Optional.of(official), "cb-thon-tay")).isPresent();
        assertThat(MentorRule.violation(Optional.of(probationary), "cb-thon-dong")).isPresent();
        assertThat(MentorRule.violation(Optional.empty(), "cb-thon-dong")).isPresent();
    }
}
