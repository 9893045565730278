package vn.mamxanh.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class HolidayApiTest {

    /** A Monday of a kept year far from every other test's dates, so adding it as a holiday disturbs nobody. */
    static final LocalDate EXTRA_DAY_OFF = LocalDate.of(2027, 11, 29);

    @LocalServerPort
    int port;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    HolidayRepository holidays;

    @AfterEach
    void removeTheExtraDay() {
        holidays.delete(EXTRA_DAY_OFF);
    }

    @Test
    void R14_the_seeded_table_holds_the_tet_and_reunification_days_off() {
        Response year = HttpTestClient.basic(port, "bithu.dong").get("/api/calendar/holidays?year=2026");

        assertThat(year.status()).isEqualTo(200);
        assertThat(year.json().findValuesAsText("day")).contains("2026-02-16", "2026-02-20", "2026-04-27",
                "2026-04-30", "2026-05-01", "2026-09-02", "2026-01-02", "2026-01-10");
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void R14_the_seeded_table_holds_the_2026_swap_of_friday_2_january_for_saturday_10_january() {
        assertThat(holidays.find(LocalDate.of(2026, 1, 2))).get().extracting(Holiday::dayOff).isEqualTo(true);
        assertThat(holidays.find(LocalDate.of(2026, 1, 10))).get().extracting(Holiday::dayOff).isEqualTo(false);
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
    }

    @Test
    void R14_an_administrator_adds_a_day_off_and_deadlines_move_at_once() {
        LocalDate friday = EXTRA_DAY_OFF.minusDays(3);
        assertThat(workingDays.addWorkingDays(friday, 1)).isEqualTo(EXTRA_DAY_OFF);

        Response saved = HttpTestClient.basic(port, "quantri").putJson("/api/calendar/holidays/" + EXTRA_DAY_OFF,
                Map.of("name", "Nghỉ bù theo thông báo của Chính phủ", "dayOff", true));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(holidays.find(EXTRA_DAY_OFF)).isPresent();
        assertThat(workingDays.addWorkingDays(friday, 1)).isEqualTo(EXTRA_DAY_OFF.plusDays(1));
    }

    @Test
    void R14_only_administrators_change_the_holiday_table() {
        for (String user : new String[] {"bithu.dong", "ubkt.kiemtra", "btv.uyvien"}) {
            Response refused = HttpTestClient.basic(port, user).putJson("/api/calendar/holidays/" + EXTRA_DAY_OFF,
                    Map.of("name", "Ngày nghỉ", "dayOff", true));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().get("title").asText()).isEqualTo("Không có quyền");
        }
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").delete("/api/calendar/holidays/2026-09-02").status())
                .isEqualTo(403);
        assertThat(holidays.find(EXTRA_DAY_OFF)).isEmpty();
        assertThat(holidays.find(LocalDate.of(2026, 9, 2))).isPresent();
        assertThat(HttpTestClient.anonymous(port).get("/api/calendar/holidays").status()).isEqualTo(401);
    }

    @Test
    void R14_a_holiday_without_a_name_is_refused_in_vietnamese() {
        Response refused = HttpTestClient.basic(port, "quantri").putJson("/api/calendar/holidays/" + EXTRA_DAY_OFF,
                Map.of("name", " ", "dayOff", true));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("name");
        assertThat(refused.json().get("detail").asText()).isEqualTo("Cần nhập tên ngày nghỉ.");
        assertThat(holidays.find(EXTRA_DAY_OFF)).isEmpty();
    }
}
