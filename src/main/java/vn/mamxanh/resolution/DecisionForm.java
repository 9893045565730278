package vn.mamxanh.resolution;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.mamxanh.candidate.TaskForm;

/**
 * What a committee writes on a decision (quyết định), for admission and for recognition alike:
 * yes or no, its number, date and signer, and the reason for a refusal (R09, R13).
 */
public record DecisionForm(String approvalField, boolean approved, String number, LocalDate date, String signer,
                           String reason) {

    public static DecisionForm read(TaskForm form, String approvalField, String approvalLabel) {
        return new DecisionForm(approvalField,
                form.requiredYesNo(approvalField, approvalLabel),
                form.text("decisionNumber").orElse(null),
                form.requiredDate("decisionDate", "Ngày quyết định"),
                form.requiredText("signer", "Người ký quyết định"),
                form.text("reason").orElse(null));
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }

    public Decision recordedBy(String caseId, Purpose purpose, String actor, String decidingUnitId) {
        return new Decision(caseId, purpose, approved, number, date, signer, reason, actor,
                ClockUtil.getCurrentTime().toInstant(), decidingUnitId);
    }

    /** The decision is stored in the app's tables; the process keeps only the yes or no. */
    public void forgetFrom(TaskForm form) {
        form.forget("signer", "decisionDate", approvalField, "decisionNumber", "reason");
    }
}
