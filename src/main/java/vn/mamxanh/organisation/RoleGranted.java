package vn.mamxanh.organisation;

/** A person was given a role in a unit. */
public record RoleGranted(RoleAssignment assignment) {
}
