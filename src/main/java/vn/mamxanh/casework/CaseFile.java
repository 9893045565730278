package vn.mamxanh.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Everything the case page shows beyond the profile and the engine: what each stage recorded. */
public record CaseFile(String mentorName, List<Report> reports, Certificate certificate, List<ChecklistItem> checklist,
                       List<Introducer> introducers, List<Verification> verifications, List<VoteView> votes,
                       List<DecisionView> decisions, LocalDate ceremonyDate, LocalDate probationEndsOn,
                       List<String> probationItemsPresent, List<Deadline> deadlines) {

    public record Report(YearMonth period, LocalDate dueOn, LocalDate filedOn, boolean late, String progress) {
    }

    public record Certificate(String number, LocalDate issuedOn, LocalDate expiresOn, boolean valid) {
    }

    public enum State {
        MISSING("Chưa có"), PRESENT("Đã có"), CHECKED("Đã thẩm định"), NOT_NEEDED("Không cần");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String cssClass() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public record ChecklistItem(String code, String label, State state) {
    }

    public record Introducer(String how, String who, Integer monthsKnown) {
    }

    public record Verification(String subject, String result, boolean adverse, String verifier) {
    }

    public record VoteView(String body, LocalDate meetingDate, int entitled, Integer present, int inFavour,
                           Integer against, String outcome, boolean passed) {
    }

    public record DecisionView(String what, boolean approved, String number, LocalDate date, String signer) {
    }

    /**
     * A date something is due, with the working days left (negative: overdue by that many; null when the
     * holiday table lacks a year in between) and how the rule counts it ({@code basis}, may be null).
     */
    public record Deadline(String what, LocalDate dueOn, Integer workingDaysLeft, String basis) {
        public boolean overdue() {
            return workingDaysLeft != null && workingDaysLeft < 0;
        }
    }
}
