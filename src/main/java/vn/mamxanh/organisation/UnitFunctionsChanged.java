package vn.mamxanh.organisation;

import java.util.Set;

/** An administrator changed what a unit does (e.g. authorised a grassroots committee to admit). */
public record UnitFunctionsChanged(String unitId, Set<UnitFunction> before, Set<UnitFunction> after) {
}
