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

    private TrainingVariables() {
    }
}
