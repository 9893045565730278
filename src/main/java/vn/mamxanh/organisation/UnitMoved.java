package vn.mamxanh.organisation;

/** A unit (a branch, a grassroots organisation) now sits under another parent; its cases must follow. */
public record UnitMoved(String unitId, String fromParentId, String toParentId) {
}
