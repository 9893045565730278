package vn.mamxanh.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    /** The 2025-2026 days off and the make-up Saturdays as the seed table has them. */
    private static final WorkingDayCalendar VIETNAM = new WorkingDayCalendar(table());

    private static Map<LocalDate, Boolean> table() {
        Map<LocalDate, Boolean> days = new HashMap<>();
        for (int day = 16; day <= 20; day++) {
            days.put(LocalDate.of(2026, 2, day), true);
        }
        days.put(LocalDate.of(2026, 4, 27), true);
        days.put(LocalDate.of(2026, 4, 30), true);
        days.put(LocalDate.of(2026, 5, 1), true);
        days.put(LocalDate.of(2025, 4, 26), false);
        days.put(LocalDate.of(2025, 5, 2), true);
        days.put(LocalDate.of(2026, 1, 1), true);
        days.put(LocalDate.of(2026, 1, 2), true);
        days.put(LocalDate.of(2026, 1, 10), false);
        return days;
    }

    @Test
    void R14_weekends_are_not_working_days_and_weekdays_are() {
        assertThat(VIETNAM.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(VIETNAM.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(VIETNAM.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 3, 6), 1)).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void R14_a_deadline_crossing_lunar_new_year_skips_the_tet_days_off() {
        // Decision received Friday 30/1/2026; Tết Bính Ngọ closes offices 16-20/2.
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 1, 30), 30)).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
    }

    @Test
    void R14_a_deadline_crossing_30_april_and_1_may_skips_them_and_the_compensatory_day() {
        // Friday 24/4/2026: Monday 27/4 is off for Hùng Kings' day (a Sunday), 30/4 and 1/5 are holidays.
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 4, 24), 1)).isEqualTo(LocalDate.of(2026, 4, 28));
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 4, 24), 3)).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void R14_a_saturday_worked_in_exchange_for_a_bridged_day_counts_and_the_bridged_day_does_not() {
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(VIETNAM.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    @Test
    void R14_working_days_between_counts_what_add_working_days_added() {
        LocalDate start = LocalDate.of(2026, 1, 2);
        for (int n = 0; n <= 90; n++) {
            assertThat(VIETNAM.workingDaysBetween(start, VIETNAM.addWorkingDays(start, n))).isEqualTo(n);
        }
        assertThat(VIETNAM.workingDaysBetween(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 4, 24))).isEqualTo(-3);
        assertThat(VIETNAM.workingDaysBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 22))).isZero();
    }

    @Test
    void zero_working_days_is_the_same_day_and_a_negative_count_is_refused() {
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 2, 17), 0)).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThatThrownBy(() -> VIETNAM.addWorkingDays(LocalDate.of(2026, 2, 17), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void R14_swapped_days_of_2026_friday_2_january_off_and_saturday_10_january_worked() {
        assertThat(VIETNAM.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(VIETNAM.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        // From New Year's Eve: Thu 1/1 and Fri 2/1 are off, so the first working day is Monday 5/1 ...
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        // ... and from Friday 9/1 the next one is the worked Saturday 10/1.
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(VIETNAM.workingDaysBetween(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 1, 11))).isEqualTo(6);
    }

    @Test
    void R14_a_deadline_running_into_a_year_without_a_holiday_table_is_refused_never_counted_as_weekdays() {
        // The table above keeps 2025 and 2026 only: 30 working days from 15/12/2026 run into 2027.
        assertThat(VIETNAM.keeps(2026)).isTrue();
        assertThat(VIETNAM.keeps(2027)).isFalse();
        assertThatThrownBy(() -> VIETNAM.addWorkingDays(LocalDate.of(2026, 12, 15), 30))
                .isInstanceOf(HolidayTableMissing.class)
                .hasMessageStartingWith("Chưa có bảng ngày nghỉ năm 2027:")
                .satisfies(refusal -> {
                    HolidayTableMissing missing = (HolidayTableMissing) refusal;
                    assertThat(missing.year()).isEqualTo(2027);
                    assertThat(missing.rule()).isEqualTo("R14");
                    assertThat(missing.field()).isEqualTo("holidayTable");
                });
        assertThatThrownBy(() -> VIETNAM.isWorkingDay(LocalDate.of(2024, 6, 3))).isInstanceOf(HolidayTableMissing.class);
        // Inside the kept years nothing changes.
        assertThat(VIETNAM.addWorkingDays(LocalDate.of(2026, 12, 1), 5)).isEqualTo(LocalDate.of(2026, 12, 8));
    }
}
