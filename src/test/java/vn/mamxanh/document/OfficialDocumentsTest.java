package vn.mamxanh.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Acceptance 2 of issue 12: every official document of a case is a PDF whose text holds the
 * case's names, dates, vote counts and decision numbers as recorded, in an embedded font that
 * keeps every Vietnamese diacritic; only those who may read the case get it.
 */
@MamXanhTest
class OfficialDocumentsTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    DocumentFixtures documents;

    CandidateCase recognised;
    CandidateCase removed;

    @BeforeEach
    void two_cases_through_the_whole_path_one_recognised_one_removed() {
        recognised = documents.recognised("Phùng Thị Ngọc Hường");
        removed = documents.removed("Đỗ Quý Khánh");
    }

    @Test
    void the_branch_resolution_6_KND_names_the_candidate_the_meeting_and_the_vote() throws IOException {
        String text = pdfText(recognised, "nghi-quyet-chi-bo-de-nghi-ket-nap");

        assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ XÃ AN HÒA", "CHI BỘ THÔN ĐÔNG", "-NQ/CB",
                "An Hòa, ngày 05 tháng 3 năm 2026", "NGHỊ QUYẾT", "Phùng Thị Ngọc Hường", "ngày 12 tháng 4 năm 1998",
                "5/6", "83,33 %", "Mẫu 6-KNĐ", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An", "Đảng ủy xã An Hòa");
    }

    @Test
    void the_grassroots_resolution_carries_its_number_and_the_committee_vote() throws IOException {
        String text = pdfText(recognised, "nghi-quyet-dang-uy-de-nghi-ket-nap");

        assertThat(text).contains("ĐẢNG ỦY XÃ AN HÒA", "ĐẢNG BỘ TỈNH ĐỒNG THÁP", "Số 45-NQ/ĐU",
                "An Hòa, ngày 20 tháng 3 năm 2026", "3/3", "Phùng Thị Ngọc Hường", "ngày 05 tháng 3 năm 2026");
    }

    @Test
    void the_admission_decision_9_KND_carries_its_number_date_grounds_and_signer() throws IOException {
        String text = pdfText(recognised, "quyet-dinh-ket-nap");

        // An Hòa is not authorised to admit: the province's standing committee decides, in the province's name.
        assertThat(text).contains("TỈNH ỦY ĐỒNG THÁP", "Số 215-QĐ/TU",
                "Đồng Tháp, ngày 02 tháng 4 năm 2026", "QUYẾT ĐỊNH", "BAN THƯỜNG VỤ TỈNH ỦY ĐỒNG THÁP", "T/M BAN THƯỜNG VỤ",
                "Nghị quyết số 45-NQ/ĐU", "Kết nạp quần chúng", "Phùng Thị Ngọc Hường", "12 tháng", "Hà Văn Vinh", "Mẫu 9-KNĐ");
    }

    @Test
    void a_ward_committee_authorised_to_admit_issues_the_9_KND_in_its_own_name_signed_for_the_whole_committee() throws IOException {
        CandidateCase ward = documents.admittedByAuthorisedWard("Trần Thị Mỹ Duyên");

        String text = pdfText(ward, "quyet-dinh-ket-nap", "bithu.phu");

        assertThat(text).contains("ĐẢNG BỘ TỈNH ĐỒNG THÁP", "ĐẢNG ỦY PHƯỜNG MỸ TRÀ", "Số 31-QĐ/ĐU",
                "Mỹ Trà, ngày 02 tháng 4 năm 2026", "T/M ĐẢNG ỦY", "Lâm Văn Rạng", "Trần Thị Mỹ Duyên")
                .doesNotContain("BAN THƯỜNG VỤ");
    }

    @Test
    void the_recognition_resolution_and_decision_date_the_probation_from_the_ceremony() throws IOException {
        String resolution = pdfText(recognised, "nghi-quyet-chi-bo-de-nghi-cong-nhan");
        assertThat(resolution).contains("Số 07-NQ/CB", "An Hòa, ngày 14 tháng 4 năm 2027", "6/6", "100,00 %",
                "Quyết định số 215-QĐ/TU", "ngày 10 tháng 4 năm 2026", "Đề nghị công nhận đảng viên chính thức");

        String decision = pdfText(recognised, "quyet-dinh-cong-nhan-chinh-thuc");
        assertThat(decision).contains("Số 88-QĐ/TU", "Đồng Tháp, ngày 06 tháng 5 năm 2027", "Công nhận đồng chí",
                "Phùng Thị Ngọc Hường", "là đảng viên chính thức", "Nghị quyết số 07-NQ/CB", "Hà Văn Vinh");
    }

    @Test
    void the_removal_decision_records_the_reason() throws IOException {
        String text = pdfText(removed, "quyet-dinh-xoa-ten");

        assertThat(text).contains("Số 89-QĐ/TU", "Đồng Tháp, ngày 07 tháng 5 năm 2027", "Xóa tên đồng chí", "Đỗ Quý Khánh",
                "Vi phạm tư cách đảng viên dự bị", "Quyết định số 216-QĐ/TU");
        String resolution = pdfText(removed, "nghi-quyet-chi-bo-de-nghi-cong-nhan");
        assertThat(resolution).contains("2/6", "33,33 %", "Không đề nghị công nhận", "Không gương mẫu chấp hành");
    }

    @Test
    void the_dossier_checklist_lists_every_paper_and_the_documents_issued() throws IOException {
        String text = pdfText(recognised, "danh-muc-ho-so");

        assertThat(text).contains("DANH MỤC HỒ SƠ", "1-KNĐ", "Đơn xin vào Đảng", "6-KNĐ", recognised.id(),
                "Quyết định kết nạp đảng viên số 215-QĐ/TU", "Phùng Thị Ngọc Hường", "☐");
    }

    @Test
    void a_document_whose_step_was_not_taken_does_not_exist() {
        CandidateCase fresh = fixtures.openCase(DemoOrganisation.BRANCH_EAST, "Quần chúng Mới", CaseStage.DOSSIER);
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");

        assertThat(secretary.getBytes("/cases/" + fresh.id() + "/documents/quyet-dinh-ket-nap.pdf").statusCode()).isEqualTo(404);
        assertThat(secretary.getBytes("/cases/" + fresh.id() + "/documents/danh-muc-ho-so.pdf").statusCode()).isEqualTo(200);
        assertThat(secretary.getBytes("/cases/" + fresh.id() + "/documents/khong-co.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void only_those_who_may_read_the_case_get_its_documents() {
        String path = "/cases/" + recognised.id() + "/documents/quyet-dinh-ket-nap.pdf";
        assertThat(HttpTestClient.loggedIn(port, "bithu.tay").getBytes(path).statusCode()).isEqualTo(404);
        assertThat(HttpTestClient.loggedIn(port, "bithu.tay").getBytes("/cases/" + recognised.id() + "/documents/quyet-dinh-ket-nap")
                .statusCode()).isEqualTo(404);
        assertThat(HttpTestClient.loggedIn(port, "chiuy.dong").getBytes(path).statusCode()).isEqualTo(200);
        assertThat(HttpTestClient.anonymous(port).getBytes(path).statusCode()).isNotEqualTo(200);
    }

    /** Downloads a document as the branch secretary, checks its fonts are embedded, and returns its text. */
    private String pdfText(CandidateCase c, String slug) throws IOException {
        return pdfText(c, slug, "bithu.dong");
    }

    private String pdfText(CandidateCase c, String slug, String reader) throws IOException {
        HttpResponse<byte[]> response = HttpTestClient.loggedIn(port, reader)
                .getBytes("/cases/" + c.id() + "/documents/" + slug + ".pdf");
        assertThat(response.statusCode()).as(slug).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        java.nio.file.Path saved = java.nio.file.Path.of("target", "documents", slug + ".pdf");
        java.nio.file.Files.createDirectories(saved.getParent());
        java.nio.file.Files.write(saved, response.body());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded in " + slug).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).as("fonts of " + slug).anyMatch(name -> name.contains("LiberationSerif"));
            PDFTextStripper reading = new PDFTextStripper();
            reading.setSortByPosition(true);
            return reading.getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
