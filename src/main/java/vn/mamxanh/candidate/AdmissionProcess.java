package vn.mamxanh.candidate;

/** Names the candidate-admission model exposes to Java: its key and the withdrawal message. */
public final class AdmissionProcess {

    public static final String KEY = "candidate-admission";
    /** message start of SubProcess_Withdrawal */
    public static final String WITHDRAWN_MESSAGE = "CandidateWithdrawn";

    private AdmissionProcess() {
    }
}
