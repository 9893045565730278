package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;
import static vn.mamxanh.audit.AuditTestCases.at;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.Browser;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.PageChecks;

/**
 * Issue 12's audit pages: the inspection commission reads labelled data, people's names and roles
 * and results in words, searches by those words, pages through long results, gets back to the case,
 * and can do all that on a phone; axe-core finds no serious or critical violation.
 */
@MamXanhTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPagesInWordsTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditJournal journal;

    String caseId;
    Browser browser;

    @BeforeAll
    void a_case_with_a_passed_vote_a_mentor_and_a_started_process() {
        caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Cù Thị Diệu Linh");
        at("2026-03-02T09:00:00");
        as(engine, "bithu.dong", () -> {
            journal.record(CaseEvent.of(caseId, AuditAction.MENTOR_CHANGED, Map.of("mentor", "dangvien.dong1")));
            engine.getRuntimeService().startProcessInstanceByKey("candidate-admission", caseId,
                    Map.of("caseId", caseId, "branchId", DemoOrganisation.BRANCH_EAST));
            journal.record(CaseEvent.of(caseId, AuditAction.VOTE_RECORDED,
                    Map.of("inFavour", 5, "officialMembers", 6)).withOutcome("PASSED"));
        });
        browser = Browser.open(port).logIn("ubkt.kiemtra");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_history_reads_in_plain_vietnamese() {
        String page = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/cases/" + caseId, "text/html").body();

        assertThat(page).contains("Kết quả: <span class=\"badge ok\">Đạt</span>",
                "<dt>Mã hồ sơ</dt><dd>" + caseId + "</dd>", "<dt>Chi bộ</dt><dd>Chi bộ thôn Đông</dd>",
                "<dt>Giao cho</dt><dd>Bí thư - Chi bộ thôn Đông</dd>", "<dt>Đảng viên giúp đỡ</dt>",
                "<dt>Số tán thành</dt><dd>5</dd>", "Nguyễn Văn An", "Bí thư - Chi bộ thôn Đông",
                "href=\"/cases/" + caseId + "\"", "Tô Thị Xuân");
        assertThat(page).doesNotContain(">PASSED<", "name: caseId", "candidateGroups", "(bithu.dong)", "dangvien.dong1");
    }

    @Test
    void results_are_searched_by_the_words_shown() {
        HttpTestClient api = HttpTestClient.basic(port, "ubkt.kiemtra");
        for (String typed : new String[]{"Đạt", "đạt", "dat", "PASSED"}) {
            var found = api.get("/api/audit/search?caseId=" + caseId + "&outcome=" + encode(typed)).json();
            assertThat(found.get("count").asInt()).as(typed).isEqualTo(1);
            assertThat(found.get("entries").get(0).get("outcomeLabel").asText()).isEqualTo("Đạt");
        }
        assertThat(api.get("/api/audit/search?caseId=" + caseId + "&outcome=" + encode("Không đạt")).json()
                .get("count").asInt()).isZero();

        String byName = HttpTestClient.loggedIn(port, "ubkt.kiemtra")
                .get("/audit/search?caseId=" + caseId + "&actor=" + encode("Nguyễn Văn An"), "text/html").body();
        assertThat(byName).contains("Ghi kết quả biểu quyết", "Thay đổi đảng viên giúp đỡ");
    }

    @Test
    void a_long_search_is_paged() {
        String first = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/search", "text/html").body();
        assertThat(first).containsPattern("Trang 1/\\d+ \\(mục 1–50 trong \\d+\\)").contains("page=2");
        assertThat(first.split("data-label=\"STT\"", -1).length - 1).as("entries on a page").isEqualTo(50);
        String second = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/search?page=2", "text/html").body();
        assertThat(second).containsPattern("Trang 2/\\d+ \\(mục 51–100 trong \\d+\\)");
    }

    @Test
    void on_a_phone_the_pages_fit_and_lead_back_to_the_case() {
        browser.resize(Browser.Screen.PHONE);
        try {
            browser.go("/audit/cases/" + caseId).waitForText("Lịch sử hồ sơ " + caseId);
            assertThat(overflow()).as("horizontal overflow on a phone, px").isLessThanOrEqualTo(0);
            PageChecks.fullPage(browser, "audit-case-history-phone");
            browser.go("/audit/search?caseId=" + caseId).waitForText("Tra cứu nhật ký kiểm tra");
            assertThat(overflow()).isLessThanOrEqualTo(0);
            PageChecks.fullPage(browser, "audit-search-phone");
        } finally {
            browser.resize(Browser.Screen.DESKTOP);
        }
        browser.go("/audit/cases/" + caseId).waitForText("Mở trang hồ sơ");
        PageChecks.fullPage(browser, "audit-case-history-desktop");
        browser.click(By.id("open-case")).waitForUrl("/cases/" + caseId).waitForText("Cù Thị Diệu Linh");
    }

    @Test
    void the_audit_pages_have_no_serious_accessibility_violation() {
        browser.go("/audit/search").waitForText("Tra cứu nhật ký kiểm tra");
        assertThat(PageChecks.seriousOrCritical(browser)).as("audit search").isEmpty();
        browser.go("/audit/cases/" + caseId).waitForText("Lịch sử hồ sơ " + caseId);
        assertThat(PageChecks.seriousOrCritical(browser)).as("case history").isEmpty();
    }

    private long overflow() {
        Number excess = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        return excess.longValue();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
