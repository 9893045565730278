package vn.mamxanh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.quota.QuotaRepository;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.MamXanhTest;

/** What people click, in headless Chromium; screenshots at desktop and phone width go to target/screenshots/. */
@MamXanhTest
class CaseworkBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    TaskService tasks;
    @Autowired
    QuotaRepository quotas;

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseRepository cases;

    @Test
    void a_secretary_finds_a_case_opens_it_and_completes_its_next_step() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        CandidateCase c = cases.get(journey.caseId());

        try (UiBrowser browser = UiBrowser.loggedIn(port, "bithu.dong")) {
            assertThat(browser.currentPath()).startsWith("/cases");
            browser.find(By.id("q")).sendKeys(c.idNumber());
            browser.find(By.id("search")).click();
            browser.waitFor(By.linkText(c.id()));
            assertThat(browser.find(By.id("case-count")).getText()).isEqualTo("Tìm thấy 1 hồ sơ");
            browser.screenshots("01-secretary-case-list");

            browser.find(By.linkText(c.id())).click();
            assertThat(browser.find(By.id("case-name")).getText()).isEqualTo(c.fullName());
            assertThat(browser.find(By.id("open-tasks")).getText()).contains("Xét tiếp nhận quần chúng vào nguồn");
            browser.screenshots("02-secretary-case-page");

            // A wrong mentor is refused in Vietnamese; the step stays open with what was typed.
            browser.find(By.cssSelector("input[name=f_intakeDecision][value=ACCEPT]")).click();
            browser.find(By.cssSelector("input[name=f_mentorId]")).sendKeys("dangvien.tay1");
            browser.find(By.cssSelector("button.complete-task")).click();
            assertThat(browser.find(By.id("flash-refused")).getText()).contains("Đảng viên giúp đỡ");
            assertThat(browser.find(By.cssSelector("input[name=f_mentorId]")).getAttribute("value")).isEqualTo("dangvien.tay1");
            browser.screenshots("03-secretary-step-refused");

            browser.find(By.cssSelector("input[name=f_mentorId]")).clear();
            browser.find(By.cssSelector("input[name=f_mentorId]")).sendKeys("dangvien.dong1");
            browser.find(By.cssSelector("button.complete-task")).click();
            assertThat(browser.find(By.id("flash-done")).getText())
                    .isEqualTo("Đã hoàn thành bước: Xét tiếp nhận quần chúng vào nguồn.");
            assertThat(browser.find(By.id("timeline")).getText()).contains("Xét tiếp nhận quần chúng vào nguồn (Nguyễn Văn An)");
            browser.screenshots("04-secretary-step-completed");
        }
        assertThat(cases.get(c.id()).stage().ordinal()).isGreaterThan(CaseStage.INTRODUCTION.ordinal());
    }

    @Test
    void a_committee_member_approves_a_case() {
        DecisionPath path = new DecisionPath(context);
        String caseId = path.newCase();
        ProcessInstance decision = path.startAdmissionDecision(caseId);

        try (UiBrowser browser = UiBrowser.loggedIn(port, "danguy.anhoa1")) {
            browser.open("/cases/" + caseId);
            assertThat(browser.find(By.id("open-tasks")).getText()).contains("Ghi nhận biểu quyết của đảng ủy cơ sở");
            browser.find(By.cssSelector("input[name=f_resolutionNumber]")).sendKeys("21-NQ/ĐU");
            browser.type(By.cssSelector("input[name=f_meetingDate]"), DecisionPath.today().toString());
            browser.find(By.cssSelector("input[name=f_inFavour]")).sendKeys("3");
            browser.find(By.cssSelector("input[name=f_against]")).sendKeys("0");
            browser.find(By.cssSelector("input[name=f_recommends][value=true]")).click();
            browser.screenshots("05-committee-case-to-approve");
            browser.find(By.cssSelector("button.complete-task")).click();
            assertThat(browser.find(By.id("flash-done")).getText()).startsWith("Đã hoàn thành bước:");
            browser.screenshots("06-committee-approved");
        }
        assertThat(tasks.createTaskQuery().processInstanceId(decision.getId()).taskDefinitionKey("Task_RecordGrassrootsVote").count()).isZero();
    }

    @Test
    void an_administrator_sets_next_years_quotas_and_sees_the_dashboard() {
        int nextYear = java.time.LocalDate.now().getYear() + 1;
        try (UiBrowser browser = UiBrowser.loggedIn(port, "quantri")) {
            assertThat(browser.currentPath()).startsWith("/dashboard");
            browser.screenshots("07-administrator-dashboard");

            browser.find(By.id("nav-quotas")).click();
            new Select(browser.find(By.id("unit"))).selectByValue(DemoOrganisation.GRASSROOTS);
            new Select(browser.find(By.id("choose-year"))).selectByValue(String.valueOf(nextYear));
            browser.find(By.cssSelector("#quota-choose button")).click();
            browser.waitFor(By.id("target_" + DemoOrganisation.BRANCH_EAST)).clear();
            browser.find(By.id("target_" + DemoOrganisation.BRANCH_EAST)).sendKeys("3");
            browser.find(By.id("target_" + DemoOrganisation.BRANCH_WEST)).clear();
            browser.find(By.id("target_" + DemoOrganisation.BRANCH_WEST)).sendKeys("hai");
            browser.find(By.id("quota-save")).click();
            assertThat(browser.find(By.id("quota-errors")).getText()).contains("Chỉ tiêu của Chi bộ thôn Tây phải là số nguyên");
            browser.screenshots("08-administrator-quota-refused");

            browser.find(By.id("target_" + DemoOrganisation.BRANCH_WEST)).clear();
            browser.find(By.id("target_" + DemoOrganisation.BRANCH_WEST)).sendKeys("2");
            browser.find(By.id("quota-save")).click();
            assertThat(browser.find(By.id("quota-saved")).getText()).startsWith("Đã lưu chỉ tiêu năm " + nextYear);
            browser.screenshots("09-administrator-quotas-saved");
        }
        assertThat(quotas.current(DemoOrganisation.BRANCH_EAST, nextYear)).contains(3);
        assertThat(quotas.current(DemoOrganisation.BRANCH_WEST, nextYear)).contains(2);
    }
}
