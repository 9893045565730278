package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/** The access rules on the real candidate path: a case introduced over the API, then in the mentor's hands. */
@MamXanhTest
class AccessOnTheCandidatePathTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void the_branch_its_bodies_the_introducer_and_the_mentor_see_a_case_and_nobody_else_does() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.REPORT_MENTORING_PROGRESS);
        String caseId = journey.caseId();
        String mentor = journey.ownerOf(CaseJourney.REPORT_MENTORING_PROGRESS);
        String mentorTask = journey.openTask().getId();

        for (String reader : new String[] {"bithu.dong", "chiuy.dong", "danguy.anhoa1", "ttct.canbo", "btc.chuyenvien",
                "btv.uyvien", "ubkt.kiemtra", mentor}) {
            HttpTestClient api = HttpTestClient.basic(port, reader);
            assertThat(api.get("/api/cases/" + caseId).status()).as(reader).isEqualTo(200);
            assertThat(api.get("/engine-rest/task/" + mentorTask).status()).as(reader).isEqualTo(200);
            assertThat(api.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId).json())
                    .as(reader).isNotEmpty();
        }
        for (String outsider : new String[] {"bithu.tay", "chiuy.tay", "dangvien.dong3"}) {
            HttpTestClient api = HttpTestClient.basic(port, outsider);
            assertThat(api.get("/api/cases/" + caseId).status()).as(outsider).isEqualTo(404);
            assertThat(api.get("/engine-rest/task/" + mentorTask).status()).as(outsider).isEqualTo(404);
            assertThat(api.get("/engine-rest/history/task?processInstanceBusinessKey=" + caseId).json()).as(outsider).isEmpty();
        }
        // only the mentor reports; the secretary and the auditor read the report task but cannot complete it
        for (String notTheMentor : new String[] {"bithu.dong", "ubkt.kiemtra", "bithu.tay"}) {
            assertThat(HttpTestClient.basic(port, notTheMentor).postJson("/engine-rest/task/" + mentorTask + "/complete",
                    Map.of("variables", Map.of())).status()).as(notTheMentor).isIn(403, 404);
        }
        assertThat(journey.openTask().getId()).isEqualTo(mentorTask);
    }
}
