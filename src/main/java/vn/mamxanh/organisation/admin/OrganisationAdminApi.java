package vn.mamxanh.organisation.admin;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.admin.OrganisationAdministration.NewPerson;
import vn.mamxanh.organisation.admin.OrganisationAdministration.NewUnit;

/** The organisation as administrators manage it over HTTP (only {@code camunda-admin} reaches /api/admin). */
@RestController
@RequestMapping("/api/admin")
public class OrganisationAdminApi {

    private final OrganisationAdministration administration;
    private final OrganisationRepository organisation;

    public OrganisationAdminApi(OrganisationAdministration administration, OrganisationRepository organisation) {
        this.administration = administration;
        this.organisation = organisation;
    }

    public record Rename(String name) {
    }

    public record Move(String parentId) {
    }

    public record Transfer(String branchId) {
    }

    public record MembershipChange(Membership membership, LocalDate memberSince) {
    }

    public record Grant(String unitId, Role role) {
    }

    @GetMapping("/units")
    public List<Unit> units() {
        return organisation.findAllUnits();
    }

    @PostMapping("/units")
    public ResponseEntity<Unit> createUnit(@RequestBody NewUnit request) {
        Unit unit = administration.createUnit(request);
        return ResponseEntity.created(URI.create("/api/admin/units/" + unit.id())).body(unit);
    }

    @PutMapping("/units/{id}/name")
    public Unit rename(@PathVariable String id, @RequestBody Rename request) {
        return administration.renameUnit(id, request.name());
    }

    @PostMapping("/units/{id}/close")
    public Unit close(@PathVariable String id) {
        return administration.closeUnit(id);
    }

    @PutMapping("/units/{id}/parent")
    public Unit move(@PathVariable String id, @RequestBody Move request) {
        return administration.moveUnit(id, request.parentId());
    }

    @GetMapping("/people")
    public List<Person> people() {
        return organisation.findAllPeople();
    }

    @PostMapping("/people")
    public ResponseEntity<Person> createPerson(@RequestBody NewPerson request) {
        Person person = administration.createPerson(request);
        return ResponseEntity.created(URI.create("/api/admin/people/" + person.id())).body(person);
    }

    @PutMapping("/people/{id}/branch")
    public Person transfer(@PathVariable String id, @RequestBody Transfer request) {
        return administration.moveMember(id, request.branchId());
    }

    @PutMapping("/people/{id}/membership")
    public Person membership(@PathVariable String id, @RequestBody MembershipChange request) {
        return administration.changeMembership(id, request.membership(), request.memberSince());
    }

    @GetMapping("/people/{id}/roles")
    public List<RoleAssignment> roles(@PathVariable String id) {
        return organisation.findRoleAssignmentsOf(id);
    }

    @PostMapping("/people/{id}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    public RoleAssignment grant(@PathVariable String id, @RequestBody Grant request) {
        return administration.grantRole(id, request.unitId(), request.role());
    }

    @DeleteMapping("/people/{id}/roles/{unitId}/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable String id, @PathVariable String unitId, @PathVariable Role role) {
        administration.revokeRole(id, unitId, role);
    }
}
