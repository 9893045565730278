package vn.mamxanh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.testing.Browser;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.PageChecks;

/**
 * Acceptance 1 (documents) and 5 (case list and case page) of issue 12, in Chromium: the case page
 * lists the case's documents and previews the latest; each preview shows the document as filled
 * from the case; and axe-core finds no serious or critical violation on the case list and page.
 */
@MamXanhTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentPreviewBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures documents;

    Browser browser;
    CandidateCase recognised;
    CandidateCase removed;

    @BeforeAll
    void cases_with_every_document_and_a_secretary_logged_in() {
        recognised = documents.recognised("Lã Thị Thanh Hương");
        removed = documents.removed("Ông Văn Quyết");
        browser = Browser.open(port).logIn("bithu.dong");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void the_case_page_lists_the_documents_and_previews_the_latest() {
        browser.go("/cases/" + recognised.id()).waitForText("Văn bản");
        List<String> listed = browser.driver().findElements(By.cssSelector("#documents ul.documents li strong")).stream()
                .map(WebElement::getText).toList();
        assertThat(listed).containsExactly(
                DocumentKind.BRANCH_RESOLUTION.title(), DocumentKind.GRASSROOTS_RESOLUTION.title(),
                DocumentKind.ADMISSION_DECISION.title(), DocumentKind.RECOGNITION_RESOLUTION.title(),
                DocumentKind.RECOGNITION_DECISION.title(), DocumentKind.DOSSIER_CHECKLIST.title());
        WebElement preview = browser.waitFor(By.cssSelector("#documents iframe.document-preview"));
        assertThat(preview.getAttribute("src")).endsWith("/documents/" + DocumentKind.RECOGNITION_DECISION.slug() + "?embedded=true");
        browser.driver().switchTo().frame(preview);
        browser.waitForText("Số 88-QĐ/TU");
        assertThat(browser.visibleText()).as("no second toolbar inside the case page").doesNotContain("Quay lại hồ sơ");
        browser.driver().switchTo().defaultContent();
        PageChecks.fullPage(browser, "documents-00-case-page");
    }

    @Test
    void each_preview_shows_the_document_filled_from_the_case() {
        int n = 1;
        for (DocumentKind kind : DocumentKind.values()) {
            CandidateCase c = kind == DocumentKind.REMOVAL_DECISION ? removed : recognised;
            browser.go("/cases/" + c.id() + "/documents/" + kind.slug());
            browser.waitForText("ĐẢNG CỘNG SẢN VIỆT NAM").waitForText(c.fullName());
            assertThat(browser.title()).startsWith(kind.title());
            String text = browser.visibleText();
            switch (kind) {
                case BRANCH_RESOLUTION -> assertThat(text).contains("5/6", "83,33 %", "Nguyễn Văn An");
                case GRASSROOTS_RESOLUTION -> assertThat(text).contains("Số 45-NQ/ĐU", "3/3");
                case ADMISSION_DECISION -> assertThat(text).contains("Số 215-QĐ/TU", "Hà Văn Vinh");
                case RECOGNITION_RESOLUTION -> assertThat(text).contains("Số 07-NQ/CB", "6/6");
                case RECOGNITION_DECISION -> assertThat(text).contains("Số 88-QĐ/TU");
                case REMOVAL_DECISION -> assertThat(text).contains("Số 89-QĐ/TU", "Vi phạm tư cách đảng viên dự bị");
                case DOSSIER_CHECKLIST -> assertThat(text).contains("DANH MỤC HỒ SƠ", "Đơn xin vào Đảng");
            }
            assertThat(browser.driver().findElement(By.linkText("Tải PDF")).getAttribute("href"))
                    .endsWith("/documents/" + kind.slug() + ".pdf");
            PageChecks.fullPage(browser, "documents-%02d-%s".formatted(n++, kind.slug()));
        }
    }

    @Test
    void the_case_list_and_the_case_page_have_no_serious_accessibility_violation() {
        browser.go("/cases?q=" + recognised.id()).waitForText(recognised.fullName());
        assertThat(PageChecks.seriousOrCritical(browser)).as("case list").isEmpty();
        browser.go("/cases/" + recognised.id()).waitForText("Văn bản");
        assertThat(PageChecks.seriousOrCritical(browser)).as("case page").isEmpty();
    }
}
