package vn.mamxanh.training;

/** Form fields and decisions of the awareness-class steps (stage 4, R03). */
public final class TrainingVariables {

    /** form: the secretary's note with the proposal */
    public static final String PROPOSAL_NOTE = "classProposalNote";
    /** form: "true" if the candidate attended and passed */
    public static final String ATTENDED = "attended";
    public static final String CERTIFICATE_NUMBER = "certificateNumber";
    public static final String CERTIFICATE_ISSUED_ON = "certificateIssuedOn";
    /** decision: Boolean, read by Gateway_CertificateIssued */
    public static final String CERTIFICATE_ISSUED = "certificateIssued";

    /** form and decision: what the branch does after a failed class, read by Gateway_AfterFailedClass */
    public static final String AFTER_FAILED_CLASS = "afterFailedClass";
    /** form: why */
    public static final String FAILED_CLASS_REASON = "failedClassReason";

    /** The branch's choice after a failed class: more mentoring (the case stays open), or the case ends. */
    public enum AfterFailedClass { BACK_TO_MENTORING, CLOSE }

    private TrainingVariables() {
    }
}
