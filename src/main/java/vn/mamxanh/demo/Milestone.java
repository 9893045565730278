package vn.mamxanh.demo;

/** How far a demo case is driven along the path (DOMAIN.md §2), or how it ended early. */
public enum Milestone {
    /** introduced, waiting for the branch's intake review */
    INTRODUCED,
    /** declined at intake */
    DECLINED,
    /** in the source pool, mentored, with reports so far */
    MENTORING,
    /** mentored, this month's report late: the secretary has a chase task */
    REPORT_OVERDUE,
    /** withdrew during mentoring */
    WITHDRAWN,
    /** judged not ready after mentoring, back to the source pool */
    NOT_READY,
    /** ready; proposed for the awareness class, waiting for the political centre */
    CLASS_PROPOSED,
    /** certificate issued; the dossier is being compiled */
    CERTIFICATE_ISSUED,
    /** dossier complete; background verification under way */
    DOSSIER_COMPLETE,
    /** verification passed; waiting for the branch meeting's vote */
    VERIFIED,
    /** the branch voted for admission; waiting for the grassroots committee's vote */
    BRANCH_VOTE_PASSED,
    /** the grassroots committee recommends admission; waiting for the organisation board's appraisal */
    GRASSROOTS_VOTED,
    /** appraised; waiting for the standing committee's decision */
    APPRAISED,
    /** appraised long ago and still undecided: the decision is overdue and the province chases it (R09) */
    DECISION_OVERDUE,
    /** admitted by decision; the branch has the ceremony to hold */
    ADMITTED,
    /** probationary member half-way through probation, course certificate on file */
    PROBATION,
    /** probation over with the file complete; waiting for the branch's recognition vote */
    PROBATION_ENDED,
    /** recognised as an official member */
    RECOGNISED,
    /** removed from the party rolls at the end of probation (xóa tên) */
    REMOVED
}
