package vn.mamxanh.organisation.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Administrators manage the tree over the API and the page; bad requests are refused in Vietnamese and change nothing. */
@MamXanhTest
class OrganisationAdminTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;

    private HttpTestClient admin() {
        return HttpTestClient.basic(port, "quantri");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> unit(String id, String kind, String name, String parentId) {
        Map<String, Object> unit = new HashMap<>();
        unit.put("id", id);
        unit.put("kind", kind);
        unit.put("name", name);
        unit.put("parentId", parentId);
        return unit;
    }

    private static Map<String, Object> person(String id, String branchId, String password) {
        Map<String, Object> person = new HashMap<>();
        person.put("id", id);
        person.put("fullName", "Lê Thị Mới");
        person.put("branchId", branchId);
        person.put("membership", "OFFICIAL");
        person.put("memberSince", "2020-02-03");
        person.put("password", password);
        return person;
    }

    @Test
    void a_unit_in_the_wrong_place_is_refused_naming_the_field() {
        Response branchUnderDistrict = admin().postJson("/api/admin/units",
                unit(unique("cb-sai"), "BRANCH", "Chi bộ đặt sai chỗ", "tu-dong-thap"));
        assertThat(branchUnderDistrict.status()).isEqualTo(400);
        assertThat(branchUnderDistrict.json().get("field").asText()).isEqualTo("parentId");
        assertThat(branchUnderDistrict.json().get("detail").asText()).contains("không thể trực thuộc");

        Response badId = admin().postJson("/api/admin/units", unit("Chi Bộ Có Dấu", "BRANCH", "Chi bộ", "du-an-hoa"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("field").asText()).isEqualTo("id");

        Response taken = admin().postJson("/api/admin/units", unit("cb-thon-dong", "BRANCH", "Chi bộ trùng", "du-an-hoa"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("field").asText()).isEqualTo("id");
        assertThat(admin().get("/api/admin/units").json()).extracting(u -> u.get("name").asText())
                .doesNotContain("Chi bộ đặt sai chỗ", "Chi bộ trùng");
    }

    @Test
    void units_are_created_renamed_and_closed_and_a_branch_with_members_cannot_be_closed() {
        String branch = unique("cb-song");
        assertThat(admin().postJson("/api/admin/units", unit(branch, "BRANCH", "Chi bộ thôn Sông", "du-an-hoa")).status())
                .isEqualTo(201);
        assertThat(admin().putJson("/api/admin/units/" + branch + "/name", Map.of("name", "Chi bộ thôn Bờ Sông")).json()
                .get("name").asText()).isEqualTo("Chi bộ thôn Bờ Sông");
        assertThat(admin().putJson("/api/admin/units/" + branch + "/name", Map.of("name", " ")).json().get("field").asText())
                .isEqualTo("name");

        String member = unique("dv.song");
        assertThat(admin().postJson("/api/admin/people", person(member, branch, "MamXanh@2026")).status()).isEqualTo(201);
        Response refused = admin().postJson("/api/admin/units/" + branch + "/close", Map.of());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("chuyển sinh hoạt");

        assertThat(admin().putJson("/api/admin/people/" + member + "/branch", Map.of("branchId", "cb-thon-tay")).status())
                .isEqualTo(200);
        Response closed = admin().postJson("/api/admin/units/" + branch + "/close", Map.of());
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("closedOn").isNull()).isFalse();
        Response intoClosed = admin().putJson("/api/admin/people/" + member + "/branch", Map.of("branchId", branch));
        assertThat(intoClosed.status()).isEqualTo(400);
        assertThat(intoClosed.json().get("field").asText()).isEqualTo("branchId");
    }

    @Test
    void a_new_person_is_a_camunda_user_and_roles_are_camunda_groups_kept_in_sync() {
        String id = unique("bithu.moi");
        assertThat(admin().postJson("/api/admin/people", person(id, "cb-thon-tay", "MamXanh@2026")).status()).isEqualTo(201);
        assertThat(identity.createUserQuery().userId(id).count()).isEqualTo(1);

        assertThat(admin().postJson("/api/admin/people/" + id + "/roles", Map.of("unitId", "cb-thon-tay", "role", "SECRETARY"))
                .status()).isEqualTo(201);
        assertThat(groupsOf(id)).contains("cb-thon-tay.secretary", "mamxanh.users");
        Response twice = admin().postJson("/api/admin/people/" + id + "/roles", Map.of("unitId", "cb-thon-tay", "role", "SECRETARY"));
        assertThat(twice.status()).isEqualTo(409);
        Response wrongKind = admin().postJson("/api/admin/people/" + id + "/roles", Map.of("unitId", "cb-thon-tay", "role", "AUDITOR"));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.json().get("field").asText()).isEqualTo("role");

        assertThat(admin().delete("/api/admin/people/" + id + "/roles/cb-thon-tay/SECRETARY").status()).isEqualTo(204);
        assertThat(groupsOf(id)).doesNotContain("cb-thon-tay.secretary");
        assertThat(HttpTestClient.basic(port, id).get("/engine-rest/engine").status()).isEqualTo(200);
    }

    @Test
    void a_weak_password_is_refused_and_no_account_is_made() {
        String id = unique("yeu.mk");
        Response weak = admin().postJson("/api/admin/people", person(id, "cb-thon-tay", "matkhau"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("field").asText()).isEqualTo("password");
        assertThat(weak.json().get("detail").asText()).contains("ít nhất 10 ký tự").contains("chữ hoa").contains("chữ số");
        assertThat(identity.createUserQuery().userId(id).count()).isZero();
        assertThat(admin().get("/api/admin/people").json()).extracting(p -> p.get("id").asText()).doesNotContain(id);
    }

    @Test
    void membership_status_is_kept_per_member() {
        String id = unique("duby");
        admin().postJson("/api/admin/people", person(id, "cb-thon-tay", "MamXanh@2026"));
        Response probationary = admin().putJson("/api/admin/people/" + id + "/membership",
                Map.of("membership", "PROBATIONARY", "memberSince", "2026-09-02"));
        assertThat(probationary.status()).isEqualTo(200);
        assertThat(probationary.json().get("membership").asText()).isEqualTo("PROBATIONARY");
        assertThat(probationary.json().get("memberSince").asText()).isEqualTo("2026-09-02");
        Response noDate = admin().putJson("/api/admin/people/" + id + "/membership", Map.of("membership", "OFFICIAL"));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().get("field").asText()).isEqualTo("memberSince");
    }

    @Test
    void only_administrators_reach_the_organisation_api() {
        Response secretary = HttpTestClient.basic(port, "bithu.dong").postJson("/api/admin/units",
                unit(unique("cb-lau"), "BRANCH", "Chi bộ lậu", "du-an-hoa"));
        assertThat(secretary.status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/admin/people").status()).isEqualTo(403);
    }

    @Test
    void an_administrator_adds_a_unit_on_the_page() {
        HttpTestClient browser = HttpTestClient.loggedIn(port, "quantri");
        Response page = browser.get("/admin/units", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tổ chức đảng và người dùng").contains("Chi bộ thôn Đông");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String id = unique("cb-trang");

        Response added = browser.postForm("/admin/units", Map.of("_csrf", csrf, "id", id, "kind", "BRANCH",
                "name", "Chi bộ thôn Trang", "parentId", "du-an-hoa", "massOrganisationType", ""));
        assertThat(added.status()).isEqualTo(302);
        Response after = browser.get("/admin/units", "text/html");
        assertThat(after.body()).contains("Đã thêm đơn vị Chi bộ thôn Trang.").contains(id);

        Response wrong = browser.postForm("/admin/units", Map.of("_csrf", csrf, "id", unique("cb-trang"), "kind", "BRANCH",
                "name", "Chi bộ lạc", "parentId", "tu-dong-thap", "massOrganisationType", ""));
        assertThat(wrong.status()).isEqualTo(302);
        assertThat(browser.get("/admin/units", "text/html").body()).contains("không thể trực thuộc").doesNotContain("Chi bộ lạc</td>");
    }

    private java.util.List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
