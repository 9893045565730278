package vn.mamxanh.organisation;

/** A unit was added to the tree. */
public record UnitCreated(Unit unit) {
}
