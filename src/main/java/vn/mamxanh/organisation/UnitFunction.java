package vn.mamxanh.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a unit does for the branches below it (DOMAIN.md §1). Each routed step finds its owner by
 * walking up from the case's branch to the nearest unit that holds the step's function; which unit
 * holds which function is stored per unit ({@code unit_function}) and kept by administrators. A new
 * unit starts with the functions its kind usually has ({@link #defaultsFor}).
 */
public enum UnitFunction {
    /** mở lớp bồi dưỡng nhận thức về Đảng và lớp bồi dưỡng đảng viên mới */
    CLASSES("Mở lớp bồi dưỡng nhận thức về Đảng, lớp đảng viên mới"),
    /** thẩm định hồ sơ: done at the level that decides */
    APPRAISAL("Thẩm định hồ sơ kết nạp"),
    /**
     * quyết định kết nạp và công nhận đảng viên chính thức: the competent committee (294-QĐ/TW §4.3.2).
     * Held by standing committees; a grassroots committee holds it once authorised to admit
     * (được ủy quyền kết nạp đảng viên), and then decides as a whole.
     */
    ADMISSION_DECISION("Quyết định kết nạp, công nhận đảng viên chính thức"),
    /** đồng ý kết nạp người trên 60 tuổi (R01) */
    OLDER_CANDIDATE_APPROVAL("Đồng ý kết nạp người trên 60 tuổi"),
    /** đôn đốc cấp dưới: receives the escalation when a level below misses a deadline (R09, R13) */
    OVERSIGHT("Đôn đốc cấp dưới khi quá hạn");

    private final String label;

    UnitFunction(String label) {
        this.label = label;
    }

    /** Vietnamese, for the administration pages. */
    public String label() {
        return label;
    }

    /** What a new unit of this kind holds until an administrator says otherwise. */
    public static Set<UnitFunction> defaultsFor(UnitKind kind) {
        return switch (kind) {
            case POLITICAL_CENTRE -> EnumSet.of(CLASSES);
            case ORGANISATION_BOARD -> EnumSet.of(APPRAISAL);
            case STANDING_COMMITTEE -> EnumSet.of(ADMISSION_DECISION, OVERSIGHT);
            case PROVINCE -> EnumSet.of(OLDER_CANDIDATE_APPROVAL);
            case GRASSROOTS -> EnumSet.of(OVERSIGHT);
            default -> EnumSet.noneOf(UnitFunction.class);
        };
    }

    /** Only units whose people can act on a task may hold a function ({@link Role#actingFor}). */
    public static boolean mayBeHeldBy(UnitKind kind) {
        return Role.actingFor(kind).isPresent();
    }
}
