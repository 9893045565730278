package vn.mamxanh.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.HolidayChanged;
import vn.mamxanh.organisation.MemberMoved;
import vn.mamxanh.organisation.MembershipChanged;
import vn.mamxanh.organisation.RoleGranted;
import vn.mamxanh.organisation.RoleRevoked;
import vn.mamxanh.organisation.UnitFunction;
import vn.mamxanh.organisation.UnitFunctionsChanged;
import vn.mamxanh.organisation.UnitMoved;

/**
 * Changes that belong to no case but decide who acts on cases and when deadlines run out: roles
 * given and taken, membership and branch of members, units moved, the holiday table (R16). Each is
 * journalled under the unit it concerns, so that unit's auditors find it; holidays concern everyone.
 */
@Component
class AdministrationJournal {

    private final AuditJournal journal;

    AdministrationJournal(AuditJournal journal) {
        this.journal = journal;
    }

    @EventListener
    void granted(RoleGranted e) {
        journal.recordAbout(e.assignment().unitId(), AuditAction.ROLE_GRANTED, e.assignment().role().name(),
                Map.of("person", e.assignment().personId(), "group", e.assignment().groupId()));
    }

    @EventListener
    void revoked(RoleRevoked e) {
        journal.recordAbout(e.assignment().unitId(), AuditAction.ROLE_REVOKED, e.assignment().role().name(),
                Map.of("person", e.assignment().personId(), "group", e.assignment().groupId()));
    }

    @EventListener
    void membership(MembershipChanged e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("person", e.personId());
        details.put("from", e.from() == null ? "" : e.from().name());
        details.put("to", e.to().name());
        details.put("since", e.since() == null ? "" : e.since().toString());
        journal.recordAbout(e.branchId(), AuditAction.MEMBERSHIP_CHANGED, e.to().name(), details);
    }

    @EventListener
    void moved(MemberMoved e) {
        Map<String, Object> details = Map.of("person", e.personId(), "fromBranch", String.valueOf(e.fromBranchId()),
                "toBranch", e.toBranchId());
        journal.recordAbout(e.toBranchId(), AuditAction.MEMBER_MOVED, null, details);
        if (e.fromBranchId() != null) {
            // the branch they left keeps the record of who left it
            journal.recordAbout(e.fromBranchId(), AuditAction.MEMBER_MOVED, null, details);
        }
    }

    @EventListener
    void unitMoved(UnitMoved e) {
        journal.recordAbout(e.unitId(), AuditAction.UNIT_CHANGED, null, Map.of(
                "unit", e.unitId(), "fromParent", String.valueOf(e.fromParentId()), "toParent", String.valueOf(e.toParentId())));
    }

    /** Authorising a committee to admit (or withdrawing it) moves who decides every case below it. */
    @EventListener
    void functions(UnitFunctionsChanged e) {
        String outcome = e.after().contains(UnitFunction.ADMISSION_DECISION) ? "AUTHORISED" : "NOT_AUTHORISED";
        journal.recordAbout(e.unitId(), AuditAction.UNIT_FUNCTIONS_CHANGED, outcome, Map.of("unit", e.unitId(),
                "before", names(e.before()), "after", names(e.after())));
    }

    private static String names(java.util.Set<UnitFunction> functions) {
        return functions.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    @EventListener
    void holiday(HolidayChanged e) {
        String outcome = e.removed() ? "DELETED" : Boolean.TRUE.equals(e.dayOff()) ? "DAY_OFF" : "WORKING_DAY";
        journal.recordAbout(null, AuditAction.HOLIDAY_CHANGED, outcome, Map.of("day", e.day().toString(),
                "name", e.name() == null ? "" : e.name()));
    }
}
