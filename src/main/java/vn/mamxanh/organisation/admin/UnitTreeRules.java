package vn.mamxanh.organisation.admin;

import java.util.EnumSet;
import java.util.Set;

import vn.mamxanh.organisation.UnitKind;

/** Where each kind of unit may sit in the tree (DOMAIN.md §1). */
final class UnitTreeRules {

    private UnitTreeRules() {
    }

    /** The kinds of parent a unit of this kind may have; empty means it is a root. */
    static Set<UnitKind> allowedParents(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> EnumSet.noneOf(UnitKind.class);
            case DISTRICT -> EnumSet.of(UnitKind.PROVINCE);
            case GRASSROOTS, POLITICAL_CENTRE, ORGANISATION_BOARD, STANDING_COMMITTEE, INSPECTION_COMMISSION ->
                    EnumSet.of(UnitKind.DISTRICT);
            case BRANCH -> EnumSet.of(UnitKind.GRASSROOTS);
            case MASS_ORGANISATION -> EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.GRASSROOTS, UnitKind.BRANCH);
        };
    }

    static boolean mayBeRoot(UnitKind kind) {
        return kind == UnitKind.PROVINCE || kind == UnitKind.DISTRICT;
    }
}
