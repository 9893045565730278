package vn.mamxanh.organisation;

import java.time.LocalDate;

/** A person's party membership changed (official, probationary, none), with the date it counts from. */
public record MembershipChanged(String personId, String branchId, Membership from, Membership to, LocalDate since) {
}
