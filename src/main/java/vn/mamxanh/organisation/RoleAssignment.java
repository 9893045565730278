package vn.mamxanh.organisation;

public record RoleAssignment(String personId, String unitId, Role role) {

    public String groupId() {
        return role.groupIdIn(unitId);
    }
}
