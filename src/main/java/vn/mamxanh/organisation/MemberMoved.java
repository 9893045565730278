package vn.mamxanh.organisation;

/** A party member now belongs to another branch; work they did for the old branch must be handed back. */
public record MemberMoved(String personId, String fromBranchId, String toBranchId) {
}
