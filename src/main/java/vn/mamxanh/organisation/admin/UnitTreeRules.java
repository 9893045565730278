package vn.mamxanh.organisation.admin;

import java.util.EnumSet;
import java.util.Set;

import vn.mamxanh.organisation.UnitKind;

/**
 * Where each kind of unit may sit in the tree (DOMAIN.md §1). Any depth is allowed: a grassroots
 * committee sits directly under a province (today's two-level structure) or under a district (the
 * older three-level one); a committee's bodies sit beside it at whatever level it is.
 */
final class UnitTreeRules {

    private UnitTreeRules() {
    }

    /** The kinds of parent a unit of this kind may have; empty means it is a root. */
    static Set<UnitKind> allowedParents(UnitKind kind) {
        return switch (kind) {
            case CENTRAL -> EnumSet.noneOf(UnitKind.class);
            case PROVINCE -> EnumSet.of(UnitKind.CENTRAL);
            case DISTRICT -> EnumSet.of(UnitKind.PROVINCE);
            case GRASSROOTS -> EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT);
            case POLITICAL_CENTRE, ORGANISATION_BOARD, STANDING_COMMITTEE, INSPECTION_COMMISSION ->
                    EnumSet.of(UnitKind.CENTRAL, UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.GRASSROOTS);
            case BRANCH -> EnumSet.of(UnitKind.GRASSROOTS);
            case MASS_ORGANISATION -> EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.GRASSROOTS, UnitKind.BRANCH);
        };
    }

    static boolean mayBeRoot(UnitKind kind) {
        return kind == UnitKind.CENTRAL || kind == UnitKind.PROVINCE || kind == UnitKind.DISTRICT;
    }
}
