package vn.mamxanh.audit;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.organisation.MemberMoved;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.UnitMoved;
import vn.mamxanh.organisation.UnitTree;

/**
 * Org-chart changes reach cases the engine knows nothing about: a branch moving under another
 * committee changes who decides its cases, a mentor moving branch changes who mentors. Each open
 * case touched gets its own journal entry (R16), in the transaction that made the change.
 */
@Component
class OrganisationChangesJournal {

    private final AuditJournal journal;
    private final OrganisationRepository organisation;
    private final CaseRepository cases;
    private final MentorAssignments mentors;

    OrganisationChangesJournal(AuditJournal journal, OrganisationRepository organisation, CaseRepository cases,
                               MentorAssignments mentors) {
        this.journal = journal;
        this.organisation = organisation;
        this.cases = cases;
        this.mentors = mentors;
    }

    @EventListener
    void unitMoved(UnitMoved moved) {
        for (String branch : UnitTree.of(organisation).branchesUnder(moved.unitId())) {
            cases.findByBranch(branch).stream()
                    .filter(c -> !c.status().isEnded())
                    .map(CandidateCase::id)
                    .forEach(caseId -> journal.record(CaseEvent.of(caseId, AuditAction.UNIT_CHANGED, Map.of(
                            "unit", moved.unitId(),
                            "fromParent", String.valueOf(moved.fromParentId()),
                            "toParent", String.valueOf(moved.toParentId())))));
        }
    }

    @EventListener
    void memberMoved(MemberMoved moved) {
        for (String caseId : mentors.casesMentoredBy(moved.personId())) {
            cases.find(caseId).filter(c -> !c.status().isEnded())
                    .ifPresent(c -> journal.record(CaseEvent.of(caseId, AuditAction.MENTOR_CHANGED, Map.of(
                            "mentor", moved.personId(),
                            "fromBranch", String.valueOf(moved.fromBranchId()),
                            "toBranch", String.valueOf(moved.toBranchId())))));
        }
    }
}
