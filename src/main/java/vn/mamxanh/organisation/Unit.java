package vn.mamxanh.organisation;

import java.time.LocalDate;

public record Unit(String id, UnitKind kind, MassOrganisationType massOrganisationType, String name,
                   String parentId, boolean mountainous, LocalDate closedOn) {

    public static Unit of(String id, UnitKind kind, String name, String parentId) {
        return new Unit(id, kind, null, name, parentId, false, null);
    }

    public boolean isOpen() {
        return closedOn == null;
    }
}
