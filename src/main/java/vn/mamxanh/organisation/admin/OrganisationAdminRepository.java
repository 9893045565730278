package vn.mamxanh.organisation.admin;

import java.sql.Date;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.RoleAssignment;

/** The changes administrators make to the organisation tables. */
@Repository
class OrganisationAdminRepository {

    private final JdbcClient jdbc;

    OrganisationAdminRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rename(String unitId, String name) {
        jdbc.sql("update org_unit set name = ? where id = ?").params(name, unitId).update();
    }

    void close(String unitId, LocalDate on) {
        jdbc.sql("update org_unit set closed_on = ? where id = ?").params(Date.valueOf(on), unitId).update();
    }

    void moveUnit(String unitId, String parentId) {
        jdbc.sql("update org_unit set parent_id = ? where id = ?").params(parentId, unitId).update();
    }

    void moveMember(String personId, String branchId) {
        jdbc.sql("update person set branch_id = ? where id = ?").params(branchId, personId).update();
    }

    void changeMembership(String personId, Membership membership, LocalDate since) {
        jdbc.sql("update person set membership = ?, member_since = ? where id = ?")
                .params(membership.name(), since == null ? null : Date.valueOf(since), personId).update();
    }

    void delete(RoleAssignment assignment) {
        jdbc.sql("delete from role_assignment where person_id = ? and unit_id = ? and role = ?")
                .params(assignment.personId(), assignment.unitId(), assignment.role().name()).update();
    }

    long openCasesIn(String branchId) {
        return jdbc.sql("select count(*) from candidate_case where branch_id = ? and status in ('OPEN', 'PROBATIONARY')")
                .param(branchId).query(Long.class).single();
    }
}
