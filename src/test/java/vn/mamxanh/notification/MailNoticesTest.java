package vn.mamxanh.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.TestMailServer;
import vn.mamxanh.web.VietnamTime;

/** Messages through a real SMTP server: a step given to someone, and the daily digest of due and overdue steps. */
@MamXanhTest
class MailNoticesTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    DueStepsDigest digest;

    @Test
    void the_branch_secretary_is_told_of_a_new_introduction_and_the_mentor_of_the_monthly_report() throws Exception {
        CaseJourney journey = CaseJourney.introduce(context, port);

        MimeMessage toSecretary = awaitMessage("bithu.dong@dongthap.example.vn",
                subject -> subject.contains(journey.caseId()));
        assertThat(toSecretary.getSubject())
                .isEqualTo("[Mầm Xanh] Việc mới: Xét tiếp nhận quần chúng vào nguồn – Nguyễn Thị Hoa (" + journey.caseId() + ")");
        assertThat(text(toSecretary)).contains("Kính gửi đồng chí Nguyễn Văn An", "Quần chúng: Nguyễn Thị Hoa",
                "Mã hồ sơ: " + journey.caseId(), "http://mamxanh.test/cases/" + journey.caseId());

        journey.advanceTo(CaseJourney.REPORT_MENTORING_PROGRESS);
        Task report = journey.openTask();
        assertThat(report.getAssignee()).isEqualTo("dangvien.dong1");
        MimeMessage toMentor = awaitMessage("dangvien.dong1@dongthap.example.vn",
                subject -> subject.contains(journey.caseId()) && subject.contains(report.getName()));
        String dueOn = DAY.format(report.getDueDate().toInstant().atZone(VietnamTime.zone()).toLocalDate());
        assertThat(text(toMentor)).contains("Quần chúng: Nguyễn Thị Hoa", "Hạn: " + dueOn);
    }

    @Test
    void the_daily_digest_lists_a_persons_overdue_steps_with_the_candidate_and_a_link() throws Exception {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.REPORT_MENTORING_PROGRESS);
        Task report = journey.openTask();
        Instant twoDaysLate = report.getDueDate().toInstant().plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(twoDaysLate));
        String today = DAY.format(twoDaysLate.atZone(VietnamTime.zone()).toLocalDate());

        assertThat(digest.send()).isPositive();

        MimeMessage toMentor = awaitMessage("dangvien.dong1@dongthap.example.vn",
                subject -> subject.startsWith("[Mầm Xanh] Việc đến hạn ngày " + today) && subject.contains("quá hạn"));
        String text = text(toMentor);
        assertThat(text).contains("Quá hạn (")
                .contains(report.getName() + " – Nguyễn Thị Hoa (" + journey.caseId() + "), hạn "
                        + DAY.format(report.getDueDate().toInstant().atZone(VietnamTime.zone()).toLocalDate()))
                .contains("http://mamxanh.test/cases/" + journey.caseId());
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private static MimeMessage awaitMessage(String to, Predicate<String> subject) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : TestMailServer.server().getReceivedMessages()) {
                boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(to));
                if (addressed && subject.test(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        List<String> seen = Arrays.stream(TestMailServer.server().getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                return "?";
            }
        }).toList();
        throw new AssertionError("No message to " + to + " arrived; " + seen.size() + " others did, the last: "
                + seen.subList(Math.max(0, seen.size() - 5), seen.size()));
    }
}
