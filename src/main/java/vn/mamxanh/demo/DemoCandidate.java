package vn.mamxanh.demo;

import java.time.LocalDate;

/**
 * One person of the demo and how far their case goes: introduced {@code daysAgo} days ago to
 * {@code branchId}, with {@code reports} monthly mentoring reports before the branch's judgement.
 */
public record DemoCandidate(
        String fullName,
        LocalDate dateOfBirth,
        String gender,
        String idNumber,
        String educationLevel,
        String occupation,
        String residenceAddress,
        String branchId,
        boolean youthUnionMember,
        int daysAgo,
        int reports,
        Milestone milestone) {

    /** The branch's short name in the demo logins: "dong" for cb-thon-dong (bithu.dong, dangvien.dong1). */
    String branchSuffix() {
        return branchId.substring(branchId.lastIndexOf('-') + 1);
    }
}
