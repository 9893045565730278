package vn.mamxanh.organisation;

/** A person no longer holds a role at a unit. */
public record RoleRevoked(RoleAssignment assignment) {
}
