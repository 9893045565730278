package vn.mamxanh.organisation;

/** The kinds of party organisation and the bodies beside them (DOMAIN.md §1). */
public enum UnitKind {
    PROVINCE,
    DISTRICT,
    /** đảng ủy cơ sở */
    GRASSROOTS,
    /** chi bộ */
    BRANCH,
    /** trung tâm chính trị */
    POLITICAL_CENTRE,
    /** ban tổ chức */
    ORGANISATION_BOARD,
    /** ban thường vụ */
    STANDING_COMMITTEE,
    /** ủy ban kiểm tra */
    INSPECTION_COMMISSION,
    /** đoàn thể */
    MASS_ORGANISATION
}
