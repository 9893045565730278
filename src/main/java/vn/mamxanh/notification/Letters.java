package vn.mamxanh.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The Vietnamese wording of the app's messages. */
final class Letters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String FOOTER = """

            Thư này do hệ thống Mầm Xanh gửi tự động; xin đồng chí không trả lời thư này.
            """;

    private Letters() {
    }

    /** One step of one case, as a message names it. */
    record Step(String taskName, String candidateName, String caseId, LocalDate dueOn, boolean overdue) {
    }

    static String assignmentSubject(Step step) {
        return "[Mầm Xanh] Việc mới: " + step.taskName() + " – " + step.candidateName() + " (" + step.caseId() + ")";
    }

    static String assignment(String personName, Step step, MailSettings settings) {
        return "Kính gửi đồng chí " + personName + ",\n\n"
                + "Đồng chí có một việc mới cần xử lý trên hệ thống Mầm Xanh:\n\n"
                + "  Việc: " + step.taskName() + "\n"
                + "  Quần chúng: " + step.candidateName() + "\n"
                + "  Mã hồ sơ: " + step.caseId() + "\n"
                + (step.dueOn() == null ? "" : "  Hạn: " + DAY.format(step.dueOn()) + "\n")
                + "\nXem hồ sơ: " + settings.caseLink(step.caseId()) + "\n"
                + "Danh sách việc: " + settings.tasklistLink() + "\n"
                + FOOTER;
    }

    static String digestSubject(LocalDate today, List<Step> steps) {
        long overdue = steps.stream().filter(Step::overdue).count();
        return "[Mầm Xanh] Việc đến hạn ngày " + DAY.format(today) + ": " + steps.size() + " việc"
                + (overdue > 0 ? ", " + overdue + " việc quá hạn" : "");
    }

    static String digest(String personName, LocalDate today, List<Step> steps, MailSettings settings) {
        StringBuilder text = new StringBuilder("Kính gửi đồng chí " + personName + ",\n\n"
                + "Các việc của đồng chí đã quá hạn hoặc sắp đến hạn (tính đến ngày " + DAY.format(today) + "):\n");
        appendSection(text, "Quá hạn", steps.stream().filter(Step::overdue).toList(), settings);
        appendSection(text, "Sắp đến hạn", steps.stream().filter(step -> !step.overdue()).toList(), settings);
        return text.append("\nDanh sách việc: ").append(settings.tasklistLink()).append('\n').append(FOOTER).toString();
    }

    private static void appendSection(StringBuilder text, String title, List<Step> steps, MailSettings settings) {
        if (steps.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(" (").append(steps.size()).append("):\n");
        for (Step step : steps) {
            text.append("  - ").append(step.taskName()).append(" – ").append(step.candidateName())
                    .append(" (").append(step.caseId()).append("), hạn ").append(DAY.format(step.dueOn())).append('\n')
                    .append("    ").append(settings.caseLink(step.caseId())).append('\n');
        }
    }

    static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
