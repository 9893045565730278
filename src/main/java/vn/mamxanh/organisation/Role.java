package vn.mamxanh.organisation;

/**
 * A role a person holds in one unit. The pair (unit, role) is the Camunda group
 * {@code <unit id>.<code>}, which is what user tasks are routed to.
 */
public enum Role {
    /** bí thư chi bộ */
    SECRETARY(UnitKind.BRANCH, "secretary"),
    /** chi ủy viên */
    BRANCH_COMMITTEE(UnitKind.BRANCH, "committee"),
    /** đảng ủy viên cơ sở */
    GRASSROOTS_COMMITTEE(UnitKind.GRASSROOTS, "committee"),
    POLITICAL_CENTRE_STAFF(UnitKind.POLITICAL_CENTRE, "staff"),
    ORGANISATION_BOARD_MEMBER(UnitKind.ORGANISATION_BOARD, "member"),
    STANDING_COMMITTEE_MEMBER(UnitKind.STANDING_COMMITTEE, "member"),
    /** kiểm tra viên, ủy ban kiểm tra */
    AUDITOR(UnitKind.INSPECTION_COMMISSION, "auditor"),
    MASS_ORGANISATION_REPRESENTATIVE(UnitKind.MASS_ORGANISATION, "representative"),
    ADMINISTRATOR(UnitKind.DISTRICT, "admin"),
    /** ban thường vụ tỉnh ủy: approves candidates over 60 (R01) */
    PROVINCE_COMMITTEE(UnitKind.PROVINCE, "committee");

    private final UnitKind unitKind;
    private final String code;

    Role(UnitKind unitKind, String code) {
        this.unitKind = unitKind;
        this.code = code;
    }

    public UnitKind unitKind() {
        return unitKind;
    }

    public String groupIdIn(String unitId) {
        return unitId + "." + code;
    }
}
