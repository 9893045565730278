package vn.mamxanh.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.Browser;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/** Tasklist as a branch secretary and a Youth Union representative read it (issue 12). */
@MamXanhTest
class ReadableTasklistTest {

    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = Browser.open(port);
        }
        return browser;
    }

    @Test
    void the_secretary_opens_on_the_units_tasks_each_naming_the_candidate_and_the_case_without_priority_or_forbidden_actions() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        Task task = journey.openTask();

        Browser secretary = browser().resize(Browser.Screen.DESKTOP).logIn("bithu.dong")
                .go("/camunda/app/tasklist/default/").waitForText("Việc của đơn vị tôi");
        WebElement entry = secretary.waitFor(By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task="
                + task.getId() + "')]]"));
        assertThat(entry.getText()).contains("Nguyễn Thị Hoa", journey.caseId());
        assertThat(secretary.driver().findElements(By.cssSelector(".tasks-list .priority")))
                .allMatch(priority -> !priority.isDisplayed());
        String page = secretary.visibleText();
        assertThat(page).doesNotContain("Tạo công việc", "Bắt đầu quy trình", "Việc của tôi (0)", "AuthorizationException");
        secretary.screenshot("tasklist-unit-tasks");

        By taskLink = By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(@href,'task=" + task.getId() + "')]");
        // A long list puts the new task under the footer; bring it to the middle as a person would scroll.
        ((org.openqa.selenium.JavascriptExecutor) secretary.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", secretary.waitFor(taskLink));
        secretary.click(taskLink).waitFor(By.cssSelector(".fjs-form"));
        secretary.click(By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]")).waitForTextGone("Nhận việc");
        secretary.click(By.xpath("//label[contains(., 'Tiếp nhận vào nguồn')]"));
        secretary.waitForText("Đảng viên giúp đỡ");
        assertThat(secretary.visibleText()).doesNotContain("tên đăng nhập", "Select");
        secretary.screenshot("tasklist-review-mentor-pick-list");

        // A refusal through Tasklist's own API comes back in Vietnamese, not as an English AuthorizationException.
        HttpTestClient member = HttpTestClient.loggedIn(port, "dangvien.dong3");
        member.get("/camunda/app/tasklist/default/");
        HttpTestClient.Response refused = member.postJsonAsWebapp("/camunda/api/engine/engine/default/task/create",
                java.util.Map.of("name", "Việc tự tạo"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("message").asText()).startsWith("Bạn không có quyền thực hiện thao tác này.");
    }

    @Test
    void the_representative_starts_an_introduction_with_a_day_first_date_and_a_list_of_branches() {
        Browser representative = browser().resize(Browser.Screen.DESKTOP).logIn("doan.anhoa")
                .go("/camunda/app/tasklist/default/").waitForText("Bắt đầu quy trình");
        assertThat(representative.visibleText()).doesNotContain("Tạo công việc");
        representative.click(By.xpath("//li[contains(@class,'start-process-action')]//a"))
                .click(By.xpath("//a[contains(., 'Phát triển đảng viên')]"))
                .waitFor(By.cssSelector(".fjs-form"));
        WebElement birthDate = representative.waitFor(By.xpath("//div[contains(@class,'fjs-form')]//input[contains(@class,'flatpickr-input') or @placeholder='dd/mm/yyyy']"));
        assertThat(birthDate.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        birthDate.sendKeys("15/03/1995", Keys.TAB);
        assertThat(birthDate.getAttribute("value")).isEqualTo("15/03/1995");

        List<WebElement> labels = representative.driver().findElements(By.cssSelector(".fjs-form label"));
        assertThat(labels).extracting(WebElement::getText).anyMatch(text -> text.startsWith("Ngày sinh"))
                .noneMatch(text -> text.contains("**") || text.contains("* *"));
        assertThat(representative.visibleText()).contains("Chi bộ tiếp nhận")
                .doesNotContain("Select", "mm/dd/yyyy", "cb-thon-dong", "Field is required");
        representative.click(By.xpath("//label[contains(., 'Chi bộ tiếp nhận')]/following::input[1]"));
        representative.waitForText("Chi bộ thôn Đông");
        representative.screenshot("tasklist-start-form");

        representative.resize(Browser.Screen.PHONE).screenshot("tasklist-start-form-phone");
    }
}
