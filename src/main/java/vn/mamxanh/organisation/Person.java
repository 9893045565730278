package vn.mamxanh.organisation;

import java.time.LocalDate;

public record Person(String id, String fullName, String email, String branchId, Membership membership,
                     LocalDate memberSince) {

    public boolean isOfficialMemberOf(String branch) {
        return membership == Membership.OFFICIAL && branch.equals(branchId);
    }
}
