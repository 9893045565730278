package vn.mamxanh.mentoring;

/** Variables and form fields of the mentoring steps (stages 2-3, R05). */
public final class MentoringVariables {

    /** id of the mentor (a person), set at intake and passed into the mentoring process */
    public static final String MENTOR_ID = "mentorId";
    /** the month being reported on, "2026-03" */
    public static final String REPORT_PERIOD = "reportPeriod";
    /** form: the mentor's account of the month */
    public static final String PROGRESS = "progress";
    /** form and decision: the branch's judgement after a report, read by Gateway_Readiness and the caller */
    public static final String READINESS = "readiness";
    /** form: why the candidate is not ready */
    public static final String READINESS_NOTE = "readinessNote";
    /** form: what the secretary did to get an overdue report in */
    public static final String CHASE_NOTE = "chaseNote";

    public enum Readiness { KEEP_MENTORING, READY, NOT_READY_BACK_TO_POOL, NOT_READY_CLOSE }

    private MentoringVariables() {
    }
}
