package vn.mamxanh.testing;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.EducationLevel;
import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;

/**
 * Builds what the casework and dashboard tests need straight in the tables: units of their own
 * (so no other test's cases change the figures) and cases at a given stage. Ids are unique per call.
 */
@Component
public class CaseFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CaseRepository cases;
    private final OrganisationRepository organisation;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;

    public CaseFixtures(CaseRepository cases, OrganisationRepository organisation, RuntimeService runtime, JdbcClient jdbc) {
        this.cases = cases;
        this.organisation = organisation;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Unit unit(String prefix, UnitKind kind, String name, String parentId) {
        Unit unit = Unit.of(unique(prefix), kind, name, parentId);
        organisation.insert(unit);
        return unit;
    }

    /** Official members of a branch who joined long before any year the tests look at. */
    public void members(String branchId, int count) {
        for (int i = 0; i < count; i++) {
            organisation.insert(new Person(unique("dv"), "Đảng viên " + i, null, branchId, Membership.OFFICIAL,
                    LocalDate.of(2010, 1, 1)));
        }
    }

    public CandidateCase openCase(String branchId, String fullName, CaseStage stage) {
        String id = "HS-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CandidateCase c = new CandidateCase(id, fullName, LocalDate.of(1998, 4, 12), "Nam",
                "%012d".formatted(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L),
                "Kinh", null, EducationLevel.UPPER_SECONDARY, "Giáo viên", "Thôn Đông, xã An Hòa", branchId,
                null, null, true, stage, CaseStatus.OPEN, false, null, null, null,
                Instant.now().minusSeconds(SEQUENCE.incrementAndGet()));
        cases.insert(c);
        return c;
    }

    /** A case admitted (become probationary) on a given day. */
    public CandidateCase admittedCase(String branchId, LocalDate admittedOn) {
        CandidateCase c = openCase(branchId, "Quần chúng " + SEQUENCE.incrementAndGet(), CaseStage.PROBATION);
        jdbc.sql("update candidate_case set status = 'PROBATIONARY', admitted_on = ? where id = ?")
                .params(Date.valueOf(admittedOn), c.id()).update();
        return c;
    }

    public void markOverdue(String caseId) {
        cases.markOverdue(caseId, true);
    }

    /** Starts a case's process the way intake does: business key and caseId are the case id. */
    public String startProcess(String processKey, CandidateCase c) {
        return runtime.startProcessInstanceByKey(processKey, c.id(),
                Map.of("caseId", c.id(), "branchId", c.branchId())).getId();
    }
}
