package vn.mamxanh.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class QuotaAssignmentTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    QuotaRepository quotas;

    Unit grassroots;
    Unit branch;
    int nextYear = LocalDate.now().getYear() + 1;

    @BeforeEach
    void a_grassroots_unit_with_one_branch_of_600_members() {
        grassroots = fixtures.unit("du-quota", UnitKind.GRASSROOTS, "Đảng ủy phường Thử " + CaseFixtures.unique("q"),
                DemoOrganisation.PROVINCE);
        branch = fixtures.unit("cb-quota", UnitKind.BRANCH, "Chi bộ khu phố " + grassroots.id(), grassroots.id());
        fixtures.members(branch.id(), 600);
    }

    @Test
    void R15_the_proposal_is_three_percent_of_the_membership_at_the_start_of_the_year() {
        String page = HttpTestClient.loggedIn(port, "quantri").get("/quotas?unit=" + grassroots.id() + "&year=" + nextYear).body();
        assertThat(HtmlTables.row(page, "quota-form", branch.name())).startsWith(branch.name(), "600", "18 dùng", "—");
    }

    @Test
    void an_administrator_assigns_a_quota_and_a_correction_is_a_new_entry() {
        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        assertThat(save(administrator, "12").status()).isEqualTo(302);
        assertThat(save(administrator, "15").status()).isEqualTo(302);

        assertThat(quotas.current(branch.id(), nextYear)).contains(15);
        String page = administrator.get("/quotas?unit=" + grassroots.id() + "&year=" + nextYear).body();
        assertThat(HtmlTables.row(page, "quota-form", branch.name()).get(3)).isEqualTo("15");
    }

    @Test
    void a_wrong_quota_is_refused_in_vietnamese_and_nothing_is_stored() {
        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        Response refused = save(administrator, "-3");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Chưa lưu").contains("Chỉ tiêu của " + branch.name() + " phải là số nguyên")
                .contains("value=\"-3\"");
        assertThat(save(administrator, "mười").status()).isEqualTo(400);
        assertThat(quotas.current(branch.id(), nextYear)).isEmpty();
    }

    @Test
    void only_administrators_assign_quotas() {
        Response secretary = HttpTestClient.loggedIn(port, "bithu.dong").get("/quotas", "text/html");
        assertThat(secretary.status()).isEqualTo(403);
        assertThat(secretary.body()).contains("Không có quyền");

        HttpTestClient committee = HttpTestClient.loggedIn(port, "danguy.anhoa3");
        String form = committee.get("/cases").body();
        Response posted = committee.postForm("/quotas", Map.of("_csrf", HtmlTables.csrfToken(form), "unit", grassroots.id(),
                "year", String.valueOf(nextYear), "target_" + branch.id(), "99"));
        assertThat(posted.status()).isEqualTo(403);
        assertThat(quotas.current(branch.id(), nextYear)).isEmpty();
    }

    private Response save(HttpTestClient administrator, String target) {
        String form = administrator.get("/quotas?unit=" + grassroots.id() + "&year=" + nextYear).body();
        return administrator.postForm("/quotas", Map.of("_csrf", HtmlTables.csrfToken(form), "unit", grassroots.id(),
                "year", String.valueOf(nextYear), "target_" + branch.id(), target));
    }
}
