package vn.mamxanh.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/** The case page shows what each stage recorded, as the secretary reads it. */
@MamXanhTest
class CasePageSectionsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void a_case_through_the_branch_vote_shows_its_dossier_introducers_reports_certificate_verification_and_vote() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        long members = journey.officialMembers();

        String page = HttpTestClient.loggedIn(port, "bithu.dong").get("/cases/" + journey.caseId(), "text/html").body();

        assertThat(section(page, "dossier")).contains("Đã có").doesNotContain("Chưa có").contains("Không cần");
        assertThat(section(page, "introducers")).contains("Phạm Thị Dung").contains("Trần Thị Bình").contains("24 tháng");
        assertThat(section(page, "mentoring")).contains("Lê Văn Cường").contains("Quần chúng tích cực tham gia sinh hoạt thôn");
        assertThat(section(page, "certificate")).contains("GCN-" + journey.caseId()).contains("Còn giá trị");
        assertThat(section(page, "verification")).contains("Bản thân").contains("Cha").contains("Mẹ").contains("Đạt");
        assertThat(HtmlTables.rows(page, "votes").get(1))
                .containsExactly("Chi bộ (đề nghị kết nạp)", CaseJourney.today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                        String.valueOf(members), String.valueOf(members), String.valueOf(members), "—", "Đề nghị kết nạp");
        assertThat(section(page, "open-tasks")).contains("Ghi nhận biểu quyết của đảng ủy cơ sở");
        assertThat(section(page, "deadlines")).contains("Đảng ủy cơ sở xét hồ sơ").contains("còn 30 ngày làm việc");
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end < 0 ? page.length() : end).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }
}
