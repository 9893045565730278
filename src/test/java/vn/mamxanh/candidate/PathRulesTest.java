package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.candidate.CaseJourney.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.organisation.IdentitySync;
import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * R01-R07, each through the path a user takes: the step's owner completes the task over the engine
 * REST API with data that breaks the rule (400 naming the rule and the field, the task still open,
 * nothing stored), then with good data (the case moves on).
 */
@MamXanhTest
class PathRulesTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    IdentitySync identity;

    @Test
    void R01_a_candidate_is_considered_by_the_branch_only_from_18_full_years() {
        // 17 years 11 months when introduced: mentoring may start, the branch may not yet resolve.
        CaseJourney journey = CaseJourney.introduce(context, port, Candidate.standard().bornOn(today().minusYears(18).plusMonths(1)))
                .advanceTo(RECORD_BRANCH_VOTE);
        String taskId = journey.openTask().getId();

        assertRefused(journey.complete(journey.goodData(RECORD_BRANCH_VOTE)), "R01", "dateOfBirth");
        assertThat(journey.openTask().getId()).isEqualTo(taskId);
        assertThat(count("branch_vote", journey.caseId())).isZero();

        moveClockTo(today().plusMonths(2));
        assertThat(journey.complete(journey.goodData(RECORD_BRANCH_VOTE)).status()).isEqualTo(204);
        BpmnAwareTests.assertThat(journey.processInstance()).isWaitingAt("CallActivity_AdmissionDecision");
    }

    @Test
    void R02_below_lower_secondary_only_in_a_mountainous_unit_with_a_stated_exemption() {
        CaseJourney lowland = CaseJourney.introduce(context, port, Candidate.standard().education("PRIMARY"));
        assertRefused(lowland.complete(lowland.goodData(REVIEW_INTRODUCTION)), "R02", "educationExemptionReason");
        Map<String, Object> withReason = lowland.goodData(REVIEW_INTRODUCTION);
        withReason.put("educationExemptionReason", "Người có uy tín trong cộng đồng.");
        assertRefused(lowland.complete(withReason), "R02", "educationExemptionReason");
        assertThat(count("intake_decision", lowland.caseId())).isZero();
        assertThat(lowland.openTask().getTaskDefinitionKey()).isEqualTo(REVIEW_INTRODUCTION);

        String branch = mountainousBranch();
        CaseJourney highland = CaseJourney.introduce(context, port, Candidate.standard().education("PRIMARY").branch(branch));
        assertRefused(highland.complete(highland.goodData(REVIEW_INTRODUCTION)), "R02", "educationExemptionReason");
        assertThat(count("intake_decision", highland.caseId())).isZero();

        Map<String, Object> exempted = highland.goodData(REVIEW_INTRODUCTION);
        exempted.put("educationExemptionReason", "Thôn vùng cao, người dân tộc Mông, già làng tín nhiệm.");
        assertThat(highland.complete(exempted).status()).isEqualTo(204);
        assertThat(jdbc.sql("select education_exemption_reason from intake_decision where case_id = ?").param(highland.caseId())
                .query(String.class).single()).startsWith("Thôn vùng cao");
    }

    @Test
    void R03_an_expired_certificate_is_refused_and_blocks_the_branch_resolution_until_a_new_class() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(RECORD_CLASS_RESULT);
        Map<String, Object> expired = journey.goodData(RECORD_CLASS_RESULT);
        expired.put("certificateIssuedOn", today().minusMonths(60).minusDays(1).toString());
        assertRefused(journey.complete(expired), "R03", "certificateIssuedOn");
        assertThat(count("class_result", journey.caseId())).isZero();

        Map<String, Object> old = journey.goodData(RECORD_CLASS_RESULT);
        old.put("certificateIssuedOn", today().minusMonths(59).toString());
        assertThat(journey.complete(old).status()).isEqualTo(204);

        journey.advanceTo(RECORD_BRANCH_VOTE);
        moveClockTo(today().plusMonths(2));
        assertRefused(journey.complete(journey.goodData(RECORD_BRANCH_VOTE)), "R03", "certificateIssuedOn");
        assertThat(count("branch_vote", journey.caseId())).isZero();

        Map<String, Object> retake = Map.of("branchVoteOutcome", "RETAKE_CLASS", "meetingDate", today().toString());
        assertThat(journey.complete(retake).status()).isEqualTo(204);
        journey.advanceTo(RECORD_BRANCH_VOTE);
        assertThat(journey.complete(journey.goodData(RECORD_BRANCH_VOTE)).status()).isEqualTo(204);
        BpmnAwareTests.assertThat(journey.processInstance()).isWaitingAt("CallActivity_AdmissionDecision");
        // The new class does not redo the verified dossier.
        assertThat(count("dossier", journey.caseId())).isEqualTo(1);
    }

    @Test
    void R03_retaking_the_class_is_refused_while_the_certificate_is_still_valid() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(RECORD_BRANCH_VOTE);
        Map<String, Object> retake = Map.of("branchVoteOutcome", "RETAKE_CLASS", "meetingDate", today().toString());

        assertRefused(journey.complete(retake), "R03", "branchVoteOutcome");
        BpmnAwareTests.assertThat(journey.processInstance()).isWaitingAt(RECORD_BRANCH_VOTE);
        assertThat(count("branch_vote", journey.caseId())).isZero();
    }

    @Test
    void R04_two_official_members_who_have_known_the_candidate_for_12_months_or_a_union_resolution() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(COMPILE_DOSSIER);
        Map<String, Object> tooRecent = journey.goodData(COMPILE_DOSSIER);
        tooRecent.put("introducer2Months", 6);
        assertRefused(journey.complete(tooRecent), "R04", "introducer2Months");
        Map<String, Object> notAMember = journey.goodData(COMPILE_DOSSIER);
        notAMember.put("introducer1Id", "doan.anhoa");
        assertRefused(journey.complete(notAMember), "R04", "introducer1Id");
        assertThat(count("dossier", journey.caseId())).isZero();
        assertThat(count("introducer", journey.caseId())).isZero();
        assertThat(journey.complete(journey.goodData(COMPILE_DOSSIER)).status()).isEqualTo(204);
        assertThat(count("introducer", journey.caseId())).isEqualTo(2);

        CaseJourney youth = CaseJourney.introduce(context, port,
                Candidate.standard().bornOn(today().minusYears(25)).youthUnionMember(true)).advanceTo(COMPILE_DOSSIER);
        assertRefused(youth.complete(youth.goodData(COMPILE_DOSSIER)), "R04", "introductionRoute");
        Map<String, Object> byYouthUnion = youth.goodData(COMPILE_DOSSIER);
        byYouthUnion.put("introductionRoute", "YOUTH_UNION");
        byYouthUnion.remove("introducer2Id");
        byYouthUnion.remove("introducer2Months");
        assertRefused(youth.complete(byYouthUnion), "R04", "unionResolution");
        byYouthUnion.put("unionResolution", "Nghị quyết số 12-NQ/ĐTN ngày 02/03/2026");
        assertThat(youth.complete(byYouthUnion).status()).isEqualTo(204);
        assertThat(jdbc.sql("select kind from introducer where case_id = ? order by id").param(youth.caseId())
                .query(String.class).list()).containsExactly("YOUTH_UNION", "MEMBER");
    }

    @Test
    void R05_the_mentor_is_an_official_member_of_the_candidates_own_branch() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        String taskId = journey.openTask().getId();
        Map<String, Object> otherBranch = journey.goodData(REVIEW_INTRODUCTION);
        otherBranch.put("mentorId", "dangvien.tay1");
        assertRefused(journey.complete(otherBranch), "R05", "mentorId");
        Map<String, Object> notAMember = journey.goodData(REVIEW_INTRODUCTION);
        notAMember.put("mentorId", "doan.anhoa");
        assertRefused(journey.complete(notAMember), "R05", "mentorId");

        assertThat(journey.openTask().getId()).isEqualTo(taskId);
        assertThat(count("mentor_assignment", journey.caseId())).isZero();
        assertThat(count("intake_decision", journey.caseId())).isZero();

        assertThat(journey.complete(journey.goodData(REVIEW_INTRODUCTION)).status()).isEqualTo(204);
        assertThat(jdbc.sql("select mentor_id from mentor_assignment where case_id = ?").param(journey.caseId())
                .query(String.class).single()).isEqualTo("dangvien.dong1");
        assertThat(jdbc.sql("select assigned_by from mentor_assignment where case_id = ?").param(journey.caseId())
                .query(String.class).single()).isEqualTo("bithu.dong");
    }

    @Test
    void R06_every_close_family_member_is_verified_and_an_unresolved_finding_blocks_the_resolution() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(VERIFY_BACKGROUND);
        Map<String, Object> motherMissing = journey.goodData(VERIFY_BACKGROUND);
        motherMissing.put("verificationResults", "Bản thân | Đạt | chiuy.dong\nCha | Đạt | chiuy.dong");
        Response missing = journey.complete(motherMissing);
        assertRefused(missing, "R06", "verificationResults");
        assertThat(missing.json().get("detail").asText()).contains("Mẹ");

        Map<String, Object> unresolved = journey.goodData(VERIFY_BACKGROUND);
        unresolved.put("verificationResults", "Bản thân | Đạt | chiuy.dong\nCha | Có vấn đề | chiuy.dong\nMẹ | Đạt | chiuy.dong");
        assertRefused(journey.complete(unresolved), "R06", "verificationResults");
        assertThat(count("verification_item", journey.caseId())).isZero();
        assertThat(count("verification_conclusion", journey.caseId())).isZero();

        Map<String, Object> resolved = journey.goodData(VERIFY_BACKGROUND);
        resolved.put("verificationResults", "Bản thân | Đạt | chiuy.dong\nCha | Đã làm rõ | chiuy.dong\nMẹ | Đạt | bithu.dong");
        assertThat(journey.complete(resolved).status()).isEqualTo(204);
        assertThat(count("verification_item", journey.caseId())).isEqualTo(3);
        assertThat(journey.openTask().getTaskDefinitionKey()).isEqualTo(RECORD_BRANCH_VOTE);
    }

    @Test
    void R07_branch_resolution_needs_two_thirds_of_official_members() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(RECORD_BRANCH_VOTE);
        long members = journey.officialMembers();
        long needed = (2 * members + 2) / 3;
        Map<String, Object> allPresentInFavour = journey.goodData(RECORD_BRANCH_VOTE);
        allPresentInFavour.put("membersPresent", needed - 1);
        allPresentInFavour.put("votesInFavour", needed - 1);

        Response refused = journey.complete(allPresentInFavour);
        assertRefused(refused, "R07", "votesInFavour");
        assertThat(refused.json().get("detail").asText()).contains(needed + "/" + members);
        assertThat(count("branch_vote", journey.caseId())).isZero();

        Map<String, Object> twoThirds = journey.goodData(RECORD_BRANCH_VOTE);
        twoThirds.put("membersPresent", needed);
        twoThirds.put("votesInFavour", needed);
        assertThat(journey.complete(twoThirds).status()).isEqualTo(204);
        assertThat(jdbc.sql("select official_members from branch_vote where case_id = ?").param(journey.caseId())
                .query(Long.class).single()).isEqualTo(members);
        BpmnAwareTests.assertThat(journey.processInstance()).isWaitingAt("CallActivity_AdmissionDecision");
    }

    private void assertRefused(Response response, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("detail").asText()).isNotBlank().doesNotContain("Exception");
    }

    private long count(String table, String caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(caseId).query(Long.class).single();
    }

    private static void moveClockTo(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant()));
    }

    /** A branch flagged mountainous (R02), with a secretary and a mentor named the way CaseJourney expects. */
    private String mountainousBranch() {
        String suffix = "vc" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String branch = "cb-" + suffix;
        organisation.insert(new Unit(branch, UnitKind.BRANCH, null, "Chi bộ bản " + suffix, "du-an-hoa", true, null));
        for (String person : new String[] {"bithu." + suffix, "dangvien." + suffix + "1"}) {
            Person member = new Person(person, "Giàng A Páo", null, branch, Membership.OFFICIAL, LocalDate.of(2010, 1, 1));
            organisation.insert(member);
            identity.createUser(member, HttpTestClient.DEMO_PASSWORD);
        }
        RoleAssignment secretary = new RoleAssignment("bithu." + suffix, branch, Role.SECRETARY);
        organisation.insert(secretary);
        identity.grantRole(secretary);
        return branch;
    }
}
