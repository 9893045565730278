package vn.mamxanh.resolution;

/** Form fields and decisions of the branch vote (stage 7, R07) and the province approval (R01). */
public final class ResolutionVariables {

    /** form and decision: PASSED, FAILED or RETAKE_CLASS, read by Gateway_BranchVoteOutcome */
    public static final String BRANCH_VOTE_OUTCOME = "branchVoteOutcome";
    public static final String MEETING_DATE = "meetingDate";
    public static final String MEMBERS_PRESENT = "membersPresent";
    public static final String VOTES_IN_FAVOUR = "votesInFavour";
    /** decision: Boolean, the candidate is over 60 (R01), read by Gateway_ProvinceApprovalNeeded */
    public static final String PROVINCE_APPROVAL_NEEDED = "provinceApprovalNeeded";
    /** form and decision: Boolean, read by Gateway_ProvinceApproved */
    public static final String PROVINCE_APPROVED = "provinceApproved";
    public static final String PROVINCE_NOTE = "provinceNote";

    public enum BranchVoteOutcome { PASSED, FAILED, RETAKE_CLASS }

    private ResolutionVariables() {
    }
}
