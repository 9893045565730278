package vn.mamxanh.candidate;

/** Form fields and decisions of stage 2, "Xét tiếp nhận quần chúng vào nguồn". */
public final class IntakeVariables {

    /** form: "ACCEPT" or "DECLINE" */
    public static final String DECISION = "intakeDecision";
    public static final String EDUCATION_EXEMPTION_REASON = "educationExemptionReason";
    public static final String DECLINE_REASON = "declineReason";
    /** decision: Boolean, read by Gateway_AcceptedIntoPool */
    public static final String ACCEPTED = "accepted";

    public enum Decision { ACCEPT, DECLINE }

    private IntakeVariables() {
    }
}
