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

/** R14: administrators keep the holiday table on a page of their own, not only through the API. */
@MamXanhTest
class HolidayAdminPageTest {

    /** A Saturday of a kept year no other test uses. */
    static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2027, 10, 23);

    @LocalServerPort
    int port;
    @Autowired
    HolidayRepository holidays;
    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void removeTheDay() {
        holidays.delete(MAKE_UP_SATURDAY);
    }

    @Test
    void R14_administrators_see_a_year_of_the_holiday_table_in_vietnamese() {
        Response page = HttpTestClient.loggedIn(port, "quantri").get("/admin/holidays?year=2026", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bảng ngày nghỉ lễ, Tết và ngày làm bù").contains("Năm 2026")
                .contains("02/01/2026").contains("10/01/2026").contains("Ngày làm bù").contains("Tết Nguyên đán Bính Ngọ");
    }

    @Test
    void R14_an_administrator_adds_a_worked_saturday_on_the_page_and_it_counts_at_once() {
        LocalDate friday = MAKE_UP_SATURDAY.minusDays(1);
        assertThat(workingDays.addWorkingDays(friday, 1)).isEqualTo(friday.plusDays(3));
        HttpTestClient admin = HttpTestClient.loggedIn(port, "quantri");
        String csrf = csrf(admin.get("/admin/holidays", "text/html"));

        Response saved = admin.postForm("/admin/holidays", Map.of("_csrf", csrf, "day", MAKE_UP_SATURDAY.toString(),
                "name", "Làm bù cho ngày nghỉ thứ Sáu", "dayOff", "false"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(holidays.find(MAKE_UP_SATURDAY)).get().extracting(Holiday::dayOff).isEqualTo(false);
        assertThat(workingDays.addWorkingDays(friday, 1)).isEqualTo(MAKE_UP_SATURDAY);
        assertThat(admin.get("/admin/holidays?year=2027", "text/html").body()).contains("Đã lưu ngày 23/10/2027 (ngày làm bù).");

        Response deleted = admin.postForm("/admin/holidays/" + MAKE_UP_SATURDAY + "/delete", Map.of("_csrf", csrf));
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(holidays.find(MAKE_UP_SATURDAY)).isEmpty();
    }

    @Test
    void R14_the_page_refuses_a_day_without_a_name_and_a_form_without_its_csrf_token() {
        HttpTestClient admin = HttpTestClient.loggedIn(port, "quantri");
        String csrf = csrf(admin.get("/admin/holidays", "text/html"));

        admin.postForm("/admin/holidays", Map.of("_csrf", csrf, "day", MAKE_UP_SATURDAY.toString(), "name", " ", "dayOff", "false"));
        assertThat(holidays.find(MAKE_UP_SATURDAY)).isEmpty();
        assertThat(admin.get("/admin/holidays?year=2027", "text/html").body()).contains("Cần nhập tên ngày nghỉ.");

        Response forged = admin.postForm("/admin/holidays", Map.of("day", MAKE_UP_SATURDAY.toString(),
                "name", "Giả mạo", "dayOff", "false"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(holidays.find(MAKE_UP_SATURDAY)).isEmpty();
    }

    @Test
    void R14_only_administrators_open_the_holiday_page() {
        for (String user : new String[] {"bithu.dong", "btv.uyvien", "ubkt.kiemtra"}) {
            assertThat(HttpTestClient.loggedIn(port, user).get("/admin/holidays", "text/html").status()).as(user).isEqualTo(403);
        }
    }

    private static String csrf(Response page) {
        return page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
    }
}
