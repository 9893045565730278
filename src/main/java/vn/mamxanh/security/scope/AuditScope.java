package vn.mamxanh.security.scope;

import java.util.Set;

/**
 * What an auditor reads: every unit below the committee their inspection commission belongs to
 * ({@code roots}), and so every case and journal entry of those units.
 */
public record AuditScope(String auditor, Set<String> roots, Set<String> units) {

    public boolean covers(String unitId) {
        return unitId != null && units.contains(unitId);
    }
}
