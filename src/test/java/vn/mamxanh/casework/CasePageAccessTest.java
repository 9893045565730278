package vn.mamxanh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Who reaches which case page and list (DOMAIN.md §4), by typing addresses as a person would. */
@MamXanhTest
class CasePageAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    org.springframework.context.ApplicationContext context;

    CandidateCase eastCase;
    CandidateCase westCase;

    @BeforeEach
    void one_case_in_each_demo_branch() {
        eastCase = fixtures.openCase(DemoOrganisation.BRANCH_EAST, "Trương Văn Đông " + CaseFixtures.unique("t"), CaseStage.MENTORING);
        westCase = fixtures.openCase(DemoOrganisation.BRANCH_WEST, "Trương Thị Tây " + CaseFixtures.unique("t"), CaseStage.DOSSIER);
    }

    @Test
    void a_secretary_cannot_open_another_branchs_case_by_changing_the_address() {
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        assertThat(secretary.get("/cases/" + eastCase.id(), "text/html").body()).contains(eastCase.fullName());

        Response other = secretary.get("/cases/" + westCase.id(), "text/html");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(westCase.fullName()).doesNotContain("Not Found");
    }

    @Test
    void a_secretary_lists_and_finds_only_their_branchs_cases() {
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        String byName = secretary.get("/cases?q=" + java.net.URLEncoder.encode("Trương", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(byName).contains(eastCase.id()).doesNotContain(westCase.id());

        String byIdNumber = secretary.get("/cases?q=" + eastCase.idNumber()).body();
        assertThat(byIdNumber).contains(eastCase.id()).contains("Tìm thấy 1 hồ sơ");

        assertThat(secretary.get("/cases?branch=" + DemoOrganisation.BRANCH_WEST).body()).doesNotContain(westCase.id());
    }

    @Test
    void the_list_filters_by_stage_and_overdue() {
        fixtures.markOverdue(westCase.id());
        HttpTestClient committee = HttpTestClient.loggedIn(port, "danguy.anhoa1");
        String dossier = committee.get("/cases?stage=DOSSIER&q=" + westCase.idNumber()).body();
        assertThat(dossier).contains(westCase.id());
        assertThat(committee.get("/cases?stage=MENTORING&q=" + westCase.idNumber()).body()).doesNotContain(westCase.id());
        String overdue = committee.get("/cases?overdue=true").body();
        assertThat(overdue).contains(westCase.id()).doesNotContain(eastCase.id());
    }

    @Test
    void the_grassroots_committee_and_the_inspection_commission_read_both_branches() {
        for (String reader : new String[] {"danguy.anhoa2", "ubkt.kiemtra"}) {
            HttpTestClient person = HttpTestClient.loggedIn(port, reader);
            assertThat(person.get("/cases/" + eastCase.id(), "text/html").status()).as(reader).isEqualTo(200);
            assertThat(person.get("/cases/" + westCase.id(), "text/html").status()).as(reader).isEqualTo(200);
        }
    }

    @Test
    void a_mentor_opens_and_lists_the_case_assigned_to_them_and_another_member_does_not() {
        // A mentor from another branch, so only the assignment can explain what they see.
        context.getBean(vn.mamxanh.mentoring.MentorAssignments.class).assign(westCase.id(), "dangvien.dong3", "bithu.tay");

        HttpTestClient mentor = HttpTestClient.loggedIn(port, "dangvien.dong3");
        Response page = mentor.get("/cases/" + westCase.id(), "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(westCase.fullName());
        assertThat(mentor.get("/cases").body()).contains(westCase.id()).doesNotContain(eastCase.id());
        assertThat(mentor.get("/cases/" + eastCase.id(), "text/html").status()).isEqualTo(404);

        Response other = HttpTestClient.loggedIn(port, "dangvien.dong4").get("/cases/" + westCase.id(), "text/html");
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(westCase.fullName());
    }

    @Test
    void the_list_filters_by_mentor_together_with_the_other_filters() {
        var mentors = context.getBean(vn.mamxanh.mentoring.MentorAssignments.class);
        String name = "Trương Mạnh Kèm " + CaseFixtures.unique("m");
        CandidateCase first = fixtures.openCase(DemoOrganisation.BRANCH_EAST, name, CaseStage.MENTORING);
        CandidateCase second = fixtures.openCase(DemoOrganisation.BRANCH_EAST, name, CaseStage.DOSSIER);
        CandidateCase replaced = fixtures.openCase(DemoOrganisation.BRANCH_EAST, name, CaseStage.MENTORING);
        CandidateCase otherMentor = fixtures.openCase(DemoOrganisation.BRANCH_EAST, name, CaseStage.MENTORING);
        mentors.assign(first.id(), "dangvien.dong2", "bithu.dong");
        mentors.assign(second.id(), "dangvien.dong2", "bithu.dong");
        mentors.assign(replaced.id(), "dangvien.dong2", "bithu.dong");
        mentors.assign(replaced.id(), "dangvien.dong1", "bithu.dong");
        mentors.assign(otherMentor.id(), "dangvien.dong1", "bithu.dong");
        String q = java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");

        String all = secretary.get("/cases?q=" + q).body();
        assertThat(all).contains("Tìm thấy 4 hồ sơ").contains("<option value=\"dangvien.dong2\">Phạm Thị Dung</option>");

        String byMentor = secretary.get("/cases?mentor=dangvien.dong2&q=" + q).body();
        assertThat(byMentor).contains("Tìm thấy 2 hồ sơ").contains(first.id()).contains(second.id())
                .doesNotContain(replaced.id()).doesNotContain(otherMentor.id())
                .contains("<option value=\"dangvien.dong2\" selected=\"selected\">Phạm Thị Dung</option>");

        String withStage = secretary.get("/cases?mentor=dangvien.dong2&stage=DOSSIER&q=" + q).body();
        assertThat(withStage).contains("Tìm thấy 1 hồ sơ").contains(second.id()).doesNotContain(first.id());
    }

    @Test
    void an_administrator_sees_figures_but_not_case_contents() {
        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        Response page = administrator.get("/cases/" + eastCase.id(), "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain(eastCase.fullName());
        assertThat(administrator.get("/cases").header("Location")).endsWith("/dashboard");
    }

    @Test
    void an_unknown_case_is_a_vietnamese_404_page() {
        Response page = HttpTestClient.loggedIn(port, "bithu.dong").get("/cases/HS-0000-KHONGCO", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy");
    }

    @Test
    void the_home_page_is_the_case_list() {
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.tay");
        assertThat(secretary.get("/").header("Location")).endsWith("/cases");
        assertThat(secretary.get("/cases").body()).contains("Danh sách hồ sơ").contains("/camunda/app/tasklist/default/");
    }

    @Test
    void the_case_page_shows_the_open_step_and_the_path_with_the_current_stage() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        String page = HttpTestClient.loggedIn(port, "bithu.dong").get("/cases/" + journey.caseId(), "text/html").body();
        assertThat(page).contains("Xét tiếp nhận quần chúng vào nguồn").contains("Mở trong Tasklist").contains("Hoàn thành");
        assertThat(page).containsPattern("class=\"current\"[^>]*data-stage=\"SOURCE_POOL\"");
        assertThat(page).containsPattern("class=\"done\"[^>]*data-stage=\"INTRODUCTION\"");
    }

    @Test
    void the_inspection_commission_sees_the_open_step_but_cannot_complete_it() {
        fixtures.startProcess("candidate-admission", westCase);
        String page = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/cases/" + westCase.id(), "text/html").body();
        assertThat(page).contains("Xét tiếp nhận quần chúng vào nguồn").doesNotContain("class=\"complete-task\"");
    }
}
