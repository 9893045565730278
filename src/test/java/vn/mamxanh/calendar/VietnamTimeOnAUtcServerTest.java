package vn.mamxanh.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * The server's own zone must not matter: with the JVM running in UTC (as many servers do) and the
 * clock at 23:30 UTC, it is already 06:30 of the next day in Vietnam, and every "today", deadline
 * and time shown follows Vietnam (mamxanh.calendar.zone).
 */
@MamXanhTest
class VietnamTimeOnAUtcServerTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 23:30 UTC on Monday 2 March 2026 is 06:30 on Tuesday 3 March in Vietnam. */
    private static final Instant DAWN_IN_VIETNAM = Instant.parse("2026-03-02T23:30:00Z");
    private static final LocalDate VIETNAMESE_DAY = LocalDate.of(2026, 3, 3);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    private TimeZone serverZone;

    @BeforeEach
    void runTheServerInUtc() {
        serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        ClockUtil.setCurrentTime(Date.from(DAWN_IN_VIETNAM));
    }

    @AfterEach
    void restoreTheServerZone() {
        TimeZone.setDefault(serverZone);
    }

    @Test
    void R14_a_vote_dated_today_in_Vietnam_is_not_in_the_future_at_dawn() {
        assertThat(LocalDate.now(ZoneId.systemDefault())).as("the JVM believes it is still Monday")
                .isNotEqualTo(VIETNAMESE_DAY);
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.RECORD_BRANCH_VOTE);

        assertThat(journey.goodData(CaseJourney.RECORD_BRANCH_VOTE).get("meetingDate")).isEqualTo("2026-03-03");
        Response vote = journey.complete(journey.goodData(CaseJourney.RECORD_BRANCH_VOTE));

        assertThat(vote.status()).as(vote.body()).isEqualTo(204);
    }

    @Test
    void R14_a_day_after_today_in_Vietnam_is_still_refused() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.RECORD_BRANCH_VOTE);
        var tomorrow = journey.goodData(CaseJourney.RECORD_BRANCH_VOTE);
        tomorrow.put("meetingDate", VIETNAMESE_DAY.plusDays(1).toString());

        Response vote = journey.complete(tomorrow);

        assertThat(vote.status()).isEqualTo(400);
        assertThat(vote.json().get("field").asText()).isEqualTo("meetingDate");
    }

    @Test
    void R05_the_report_due_date_Tasklist_shows_ends_at_midnight_in_Vietnam() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.REPORT_MENTORING_PROGRESS);
        Task report = journey.openTask(CaseJourney.REPORT_MENTORING_PROGRESS);

        // Tasklist reads the due date from the engine REST API, as an instant with its offset.
        Response listed = HttpTestClient.basic(port, journey.ownerOf(CaseJourney.REPORT_MENTORING_PROGRESS))
                .get("/engine-rest/task/" + report.getId());
        Instant due = OffsetDateTime.parse(listed.json().get("due").asText(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();

        // The first report is for April (the month after mentoring starts), due by the end of the 25th in Vietnam.
        assertThat(LocalDateTime.ofInstant(due, VIETNAM)).isEqualTo(LocalDateTime.of(2026, 4, 25, 23, 59, 59));
    }

    @Test
    void R16_the_case_timeline_shows_the_time_in_Vietnam() {
        CaseJourney journey = CaseJourney.introduce(context, port);

        String page = HttpTestClient.loggedIn(port, "bithu.dong").get("/cases/" + journey.caseId()).body();

        assertThat(page).contains("03/03/2026 06:30").doesNotContain("02/03/2026 23:30");
    }
}
