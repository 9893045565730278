package vn.mamxanh.webapp;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.Browser;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.NewCases;

/** What the branch secretary sees in Tasklist, in a browser whose language is English. */
@MamXanhTest
class TasklistInVietnameseTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CaseRepository cases;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService tasks;

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
    void the_secretary_finds_the_branchs_task_in_vietnamese_tasklist_and_claims_it() {
        Task task = NewCases.firstTaskOfANewCase(cases, engine, DemoOrganisation.BRANCH_EAST);

        Browser secretary = browser().resize(Browser.Screen.DESKTOP).logIn("bithu.dong");
        openTasklistFromTheHomePage(secretary)
                .waitForText("Việc của đơn vị tôi")
                .waitForText("Việc của tôi")
                .waitForText("Việc của chi bộ tôi");
        assertThat(secretary.title()).isEqualTo("Mầm Xanh · Công việc");

        secretary.click(By.linkText("Việc của chi bộ tôi"));
        secretary.waitFor(taskInList(task));
        secretary.screenshot("tasklist-to-claim");
        // A long list puts the new task under the footer; bring it to the middle as a person would scroll.
        ((org.openqa.selenium.JavascriptExecutor) secretary.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", secretary.waitFor(taskInList(task)));
        secretary.click(taskInList(task));
        secretary.waitForText(task.getName()).waitForText("Biểu mẫu").waitForText("Lịch sử");
        // The step's Camunda Form (forms/review-introduction.form), rendered by Tasklist.
        secretary.waitFor(By.cssSelector(".fjs-form"));
        assertThat(secretary.driver().findElements(By.cssSelector(".fjs-form label"))).isNotEmpty();
        secretary.screenshot("tasklist-task");

        secretary.click(By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]"))
                .waitForTextGone("Nhận việc");
        secretary.screenshot("tasklist-task-claimed");
        assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo("bithu.dong");
        assertThat(secretary.visibleText()).doesNotContain("Start process", "Create task", "Claim", "Filter", "Complete");

        secretary.resize(Browser.Screen.PHONE).go("/camunda/app/tasklist/default/#/?task=" + task.getId())
                .waitForText(task.getName());
        secretary.screenshot("tasklist-task-phone");
    }

    @Test
    void logging_out_of_tasklist_ends_the_session_on_our_vietnamese_login_page() {
        Browser secretary = browser().resize(Browser.Screen.DESKTOP).logIn("bithu.dong");
        openTasklistFromTheHomePage(secretary).waitForText("Việc của đơn vị tôi");

        secretary.click(By.xpath("//a[contains(@class,'dropdown-toggle')][.//span[contains(@class,'glyphicon-user')]]"))
                .click(By.linkText("Đăng xuất"));
        secretary.waitForUrl("/login?logout").waitForText("Bạn đã đăng xuất.");
        secretary.screenshot("logged-out");

        // The Spring session is gone, not only Camunda's view of it: Tasklist asks for a login again.
        secretary.go("/camunda/app/tasklist/").waitForUrl("/login");
        assertThat(secretary.visibleText()).contains("Đăng nhập").doesNotContain("Bắt đầu quy trình");
    }

    @Test
    void when_the_session_has_ended_tasklist_sends_the_secretary_to_the_login_page() {
        Browser secretary = browser().resize(Browser.Screen.DESKTOP).logIn("bithu.dong");
        openTasklistFromTheHomePage(secretary).waitForText("Việc của chi bộ tôi");

        // What a session timeout leaves behind: the page is still open, the server no longer knows it.
        // The next call Tasklist makes (the filters refresh the list by themselves) meets the ended session.
        secretary.driver().manage().deleteCookieNamed("JSESSIONID");

        secretary.waitForUrl("/login").waitForText("Đăng nhập");
        assertThat(secretary.visibleText()).doesNotContain("Lỗi:");
    }

    private static By taskInList(Task task) {
        return By.xpath("//ol[contains(@class,'tasks-list')]//h4/a[contains(@href,'task=" + task.getId() + "')]");
    }

    /** The app's home is the case list; Tasklist is one click away in the top bar, as a secretary would go. */
    private static Browser openTasklistFromTheHomePage(Browser person) {
        return person.waitForUrl("/cases").click(By.partialLinkText("Tasklist")).waitForUrl("/camunda/app/tasklist/");
    }
}
