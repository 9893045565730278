package vn.mamxanh.verification;

/** Form fields and decisions of the dossier and background-verification steps (stages 5-6, R04, R06). */
public final class VerificationVariables {

    /** 1-KNĐ: date of the application */
    public static final String APPLICATION_DATE = "applicationDate";
    /** 2-KNĐ: date of the background self-report */
    public static final String SELF_REPORT_DATE = "selfReportDate";
    /** 2-KNĐ close family, one per line: "Quan hệ | Họ tên" */
    public static final String FAMILY_MEMBERS = "familyMembers";
    /** TWO_MEMBERS, YOUTH_UNION or TRADE_UNION (R04) */
    public static final String INTRODUCTION_ROUTE = "introductionRoute";
    public static final String INTRODUCER_1_ID = "introducer1Id";
    public static final String INTRODUCER_1_MONTHS = "introducer1Months";
    public static final String INTRODUCER_2_ID = "introducer2Id";
    public static final String INTRODUCER_2_MONTHS = "introducer2Months";
    /** 4-KNĐ: number and date of the Youth Union / Trade Union resolution */
    public static final String UNION_RESOLUTION = "unionResolution";
    /** 5-KNĐ */
    public static final String MASS_ORGANISATION_COMMENTS = "massOrganisationComments";
    public static final String RESIDENCE_COMMENTS = "residenceComments";
    /** one per line: "Đối tượng | Kết quả | Người thẩm tra" */
    public static final String VERIFICATION_RESULTS = "verificationResults";
    /** form and decision: Boolean, read by Gateway_VerificationPassed */
    public static final String VERIFICATION_PASSED = "verificationPassed";
    public static final String VERIFICATION_NOTE = "verificationNote";

    private VerificationVariables() {
    }
}
