package vn.mamxanh.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole unit tree in memory, for questions that walk it (everything below a unit, the party
 * organisations a unit is parent of). The tree is small: a province has a few thousand units.
 */
public final class UnitTree {

    /** The kinds that hold members and receive quotas; the committees' bodies and mass organisations do not. */
    public static final Set<UnitKind> PARTY_ORGANISATIONS = EnumSet.copyOf(
            java.util.Arrays.stream(UnitKind.values()).filter(UnitKind::isPartyOrganisation).toList());

    private final Map<String, Unit> byId = new LinkedHashMap<>();
    private final Map<String, List<Unit>> children = new LinkedHashMap<>();

    public UnitTree(List<Unit> units) {
        units.forEach(unit -> byId.put(unit.id(), unit));
        units.stream().sorted(Comparator.comparing(Unit::name)).forEach(unit -> {
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit);
            }
        });
    }

    public static UnitTree of(OrganisationRepository organisation) {
        return new UnitTree(organisation.findAllUnits());
    }

    public Optional<Unit> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** Open party organisations directly below a unit, by name. */
    public List<Unit> partyChildren(String unitId) {
        return children.getOrDefault(unitId, List.of()).stream()
                .filter(unit -> PARTY_ORGANISATIONS.contains(unit.kind()) && unit.isOpen())
                .toList();
    }

    /** Every unit directly below a unit, open or closed, by name. */
    public List<Unit> children(String unitId) {
        return children.getOrDefault(unitId, List.of());
    }

    /** The unit, its parent, and so on up to the root. */
    public List<Unit> ancestry(String unitId) {
        List<Unit> line = new ArrayList<>();
        for (Optional<Unit> current = find(unitId); current.isPresent(); current = find(current.get().parentId())) {
            line.add(current.get());
        }
        return line;
    }

    /** The unit and everything below it. */
    public List<Unit> subtree(String unitId) {
        List<Unit> found = new ArrayList<>();
        find(unitId).ifPresent(found::add);
        for (int i = 0; i < found.size(); i++) {
            found.addAll(children.getOrDefault(found.get(i).id(), List.of()));
        }
        return found;
    }

    public List<String> branchesUnder(String unitId) {
        return subtree(unitId).stream().filter(unit -> unit.kind() == UnitKind.BRANCH).map(Unit::id).toList();
    }

    public boolean isWithin(String unitId, String ancestorId) {
        Optional<Unit> current = find(unitId);
        while (current.isPresent()) {
            if (current.get().id().equals(ancestorId)) {
                return true;
            }
            current = find(current.get().parentId());
        }
        return false;
    }
}
