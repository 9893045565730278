package vn.mamxanh.organisation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation tree, people and role assignments as stored in the application's own tables. */
@Repository
public class OrganisationRepository {

    private final JdbcClient jdbc;

    public OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Unit unit) {
        jdbc.sql("""
                insert into org_unit (id, kind, mass_organisation_type, name, parent_id, mountainous, closed_on)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.id(), unit.kind().name(),
                        unit.massOrganisationType() == null ? null : unit.massOrganisationType().name(),
                        unit.name(), unit.parentId(), unit.mountainous(), toSql(unit.closedOn()))
                .update();
        setFunctions(unit.id(), UnitFunction.defaultsFor(unit.kind()));
    }

    /** What a unit does for the branches below it; replaces whatever it held before. */
    public void setFunctions(String unitId, Set<UnitFunction> functions) {
        jdbc.sql("delete from unit_function where unit_id = ?").param(unitId).update();
        for (UnitFunction function : functions) {
            jdbc.sql("insert into unit_function (unit_id, function_code) values (?, ?)").params(unitId, function.name()).update();
        }
    }

    public Set<UnitFunction> findFunctions(String unitId) {
        Set<UnitFunction> functions = EnumSet.noneOf(UnitFunction.class);
        jdbc.sql("select function_code from unit_function where unit_id = ?").param(unitId).query(String.class).list()
                .forEach(code -> functions.add(UnitFunction.valueOf(code)));
        return functions;
    }

    public Map<String, Set<UnitFunction>> findAllFunctions() {
        Map<String, Set<UnitFunction>> all = new HashMap<>();
        jdbc.sql("select unit_id, function_code from unit_function").query((rs, row) -> {
            all.computeIfAbsent(rs.getString("unit_id"), id -> EnumSet.noneOf(UnitFunction.class))
                    .add(UnitFunction.valueOf(rs.getString("function_code")));
            return null;
        }).list();
        return all;
    }

    /** The open units of one level (the party organisation and the bodies under it) holding a function, by id. */
    public List<Unit> findHoldersAtLevel(String levelId, UnitFunction function) {
        return jdbc.sql("""
                select u.* from org_unit u join unit_function f on f.unit_id = u.id
                where (u.id = ? or u.parent_id = ?) and u.closed_on is null and f.function_code = ?
                order by case when u.id = ? then 0 else 1 end, u.id""")
                .params(levelId, levelId, function.name(), levelId).query(this::unit).list().stream()
                .filter(unit -> unit.id().equals(levelId) || unit.kind().isCommitteeBody())
                .toList();
    }

    public void insert(Person person) {
        jdbc.sql("insert into person (id, full_name, email, branch_id, membership, member_since) values (?, ?, ?, ?, ?, ?)")
                .params(person.id(), person.fullName(), person.email(), person.branchId(),
                        person.membership().name(), toSql(person.memberSince()))
                .update();
    }

    public void insert(RoleAssignment assignment) {
        jdbc.sql("insert into role_assignment (person_id, unit_id, role) values (?, ?, ?)")
                .params(assignment.personId(), assignment.unitId(), assignment.role().name())
                .update();
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single() == 0;
    }

    public Optional<Unit> findUnit(String id) {
        return jdbc.sql("select * from org_unit where id = ?").param(id).query(this::unit).optional();
    }

    public List<Unit> findAllUnits() {
        return jdbc.sql("select * from org_unit order by id").query(this::unit).list();
    }

    public List<Unit> findChildren(String parentId) {
        return jdbc.sql("select * from org_unit where parent_id = ? order by id").param(parentId).query(this::unit).list();
    }

    public Optional<Person> findPerson(String id) {
        return jdbc.sql("select * from person where id = ?").param(id).query(this::person).optional();
    }

    public List<Person> findAllPeople() {
        return jdbc.sql("select * from person order by id").query(this::person).list();
    }

    public List<Person> findMembersOf(String branchId) {
        return jdbc.sql("select * from person where branch_id = ? order by full_name").param(branchId).query(this::person).list();
    }

    public long countOfficialMembers(String branchId) {
        return jdbc.sql("select count(*) from person where branch_id = ? and membership = 'OFFICIAL'")
                .param(branchId).query(Long.class).single();
    }

    public List<RoleAssignment> findAllRoleAssignments() {
        return jdbc.sql("select * from role_assignment order by unit_id, role, person_id").query(this::assignment).list();
    }

    public List<RoleAssignment> findRoleAssignmentsOf(String personId) {
        return jdbc.sql("select * from role_assignment where person_id = ?").param(personId).query(this::assignment).list();
    }

    public List<RoleAssignment> findRoleHolders(String unitId, Role role) {
        return jdbc.sql("select * from role_assignment where unit_id = ? and role = ?")
                .params(unitId, role.name()).query(this::assignment).list();
    }

    private Unit unit(ResultSet rs, int row) throws SQLException {
        String massType = rs.getString("mass_organisation_type");
        return new Unit(rs.getString("id"), UnitKind.valueOf(rs.getString("kind")),
                massType == null ? null : MassOrganisationType.valueOf(massType),
                rs.getString("name"), rs.getString("parent_id"), rs.getBoolean("mountainous"),
                toLocal(rs.getDate("closed_on")));
    }

    private Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("full_name"), rs.getString("email"),
                rs.getString("branch_id"), Membership.valueOf(rs.getString("membership")),
                toLocal(rs.getDate("member_since")));
    }

    private RoleAssignment assignment(ResultSet rs, int row) throws SQLException {
        return new RoleAssignment(rs.getString("person_id"), rs.getString("unit_id"), Role.valueOf(rs.getString("role")));
    }

    private static Date toSql(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate toLocal(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
