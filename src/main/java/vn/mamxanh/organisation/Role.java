package vn.mamxanh.organisation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A role a person holds in one unit. The pair (unit, role) is the Camunda group
 * {@code <unit id>.<code>}, which is what user tasks are routed to.
 */
public enum Role {
    /** bí thư chi bộ */
    SECRETARY("secretary", UnitKind.BRANCH),
    /** chi ủy viên */
    BRANCH_COMMITTEE("committee", UnitKind.BRANCH),
    /** đảng ủy viên cơ sở */
    GRASSROOTS_COMMITTEE("committee", UnitKind.GRASSROOTS),
    POLITICAL_CENTRE_STAFF("staff", UnitKind.POLITICAL_CENTRE),
    ORGANISATION_BOARD_MEMBER("member", UnitKind.ORGANISATION_BOARD),
    STANDING_COMMITTEE_MEMBER("member", UnitKind.STANDING_COMMITTEE),
    /** kiểm tra viên, ủy ban kiểm tra */
    AUDITOR("auditor", UnitKind.INSPECTION_COMMISSION),
    MASS_ORGANISATION_REPRESENTATIVE("representative", UnitKind.MASS_ORGANISATION),
    /** quản trị hệ thống, at any party committee: units, users, quotas, holidays of everything below it */
    ADMINISTRATOR("admin", UnitKind.CENTRAL, UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.GRASSROOTS),
    /** thường trực / ban thường vụ tỉnh ủy: approves candidates over 60 (R01) */
    PROVINCE_COMMITTEE("committee", UnitKind.PROVINCE);

    private final String code;
    private final Set<UnitKind> unitKinds;

    Role(String code, UnitKind first, UnitKind... more) {
        this.code = code;
        this.unitKinds = EnumSet.of(first, more);
    }

    /** Whether this role exists in a unit of that kind. */
    public boolean isHeldIn(UnitKind kind) {
        return unitKinds.contains(kind);
    }

    public String groupIdIn(String unitId) {
        return unitId + "." + code;
    }

    /**
     * The role whose holders do the work of a unit of this kind when that unit holds a function
     * ({@link UnitFunction}): the staff of a centre, the members of a board or standing committee,
     * the whole grassroots committee, the province's standing members.
     */
    public static Optional<Role> actingFor(UnitKind kind) {
        return switch (kind) {
            case POLITICAL_CENTRE -> Optional.of(POLITICAL_CENTRE_STAFF);
            case ORGANISATION_BOARD -> Optional.of(ORGANISATION_BOARD_MEMBER);
            case STANDING_COMMITTEE -> Optional.of(STANDING_COMMITTEE_MEMBER);
            case GRASSROOTS -> Optional.of(GRASSROOTS_COMMITTEE);
            case PROVINCE -> Optional.of(PROVINCE_COMMITTEE);
            default -> Optional.empty();
        };
    }
}
