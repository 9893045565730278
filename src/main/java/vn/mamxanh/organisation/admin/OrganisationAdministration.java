package vn.mamxanh.organisation.admin;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.organisation.IdentitySync;
import vn.mamxanh.organisation.MassOrganisationType;
import vn.mamxanh.organisation.MemberMoved;
import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.MembershipChanged;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.PasswordProblems;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.RoleGranted;
import vn.mamxanh.organisation.RoleRevoked;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitCreated;
import vn.mamxanh.organisation.UnitFunction;
import vn.mamxanh.organisation.UnitFunctionsChanged;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.UnitMoved;
import vn.mamxanh.web.ConflictException;
import vn.mamxanh.web.NotFoundException;

/**
 * What administrators do to the organisation: units, people, roles, moves. Every change is mirrored
 * into Camunda users and groups in the same transaction, and moves are announced so open work
 * follows the org chart.
 */
@Service
@Transactional
public class OrganisationAdministration {

    private static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern PERSON_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    private final OrganisationRepository organisation;
    private final OrganisationAdminRepository changes;
    private final IdentitySync identity;
    private final PasswordProblems passwordProblems;
    private final ApplicationEventPublisher events;

    public OrganisationAdministration(OrganisationRepository organisation, OrganisationAdminRepository changes,
                                      IdentitySync identity, PasswordProblems passwordProblems,
                                      ApplicationEventPublisher events) {
        this.organisation = organisation;
        this.changes = changes;
        this.identity = identity;
        this.passwordProblems = passwordProblems;
        this.events = events;
    }

    public record NewUnit(String id, UnitKind kind, String name, String parentId, MassOrganisationType massOrganisationType,
                          boolean mountainous) {
    }

    public record NewPerson(String id, String fullName, String email, String branchId, Membership membership,
                            LocalDate memberSince, String password) {
    }

    public Unit createUnit(NewUnit request) {
        if (request.id() == null || !UNIT_ID.matcher(request.id()).matches()) {
            throw new InvalidInputException("id", "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (2–63 ký tự).");
        }
        if (organisation.findUnit(request.id()).isPresent()) {
            throw new ConflictException("id", "Mã đơn vị " + request.id() + " đã được dùng.");
        }
        requireName(request.name());
        if (request.kind() == UnitKind.MASS_ORGANISATION && request.massOrganisationType() == null) {
            throw new InvalidInputException("massOrganisationType", "Cần chọn loại đoàn thể.");
        }
        checkParent(request.kind(), request.parentId());
        Unit unit = new Unit(request.id(), request.kind(),
                request.kind() == UnitKind.MASS_ORGANISATION ? request.massOrganisationType() : null,
                request.name().trim(), blankToNull(request.parentId()), request.mountainous(), null);
        organisation.insert(unit);
        events.publishEvent(new UnitCreated(unit));
        return unit;
    }

    public Unit renameUnit(String unitId, String name) {
        unit(unitId);
        requireName(name);
        changes.rename(unitId, name.trim());
        return unit(unitId);
    }

    public Unit closeUnit(String unitId) {
        Unit unit = unit(unitId);
        if (!unit.isOpen()) {
            throw new ConflictException("id", "Đơn vị " + unit.name() + " đã giải thể từ trước.");
        }
        if (organisation.findChildren(unitId).stream().anyMatch(Unit::isOpen)) {
            throw new ConflictException("id", "Còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước.");
        }
        if (!organisation.findMembersOf(unitId).isEmpty()) {
            throw new ConflictException("id", "Chi bộ còn đảng viên sinh hoạt; hãy chuyển sinh hoạt đảng trước khi giải thể.");
        }
        if (changes.openCasesIn(unitId) > 0) {
            throw new ConflictException("id", "Chi bộ còn hồ sơ phát triển đảng viên đang xét; hãy chuyển hồ sơ trước khi giải thể.");
        }
        changes.close(unitId, vn.mamxanh.web.VietnamTime.today());
        return unit(unitId);
    }

    public Unit moveUnit(String unitId, String parentId) {
        Unit unit = unit(unitId);
        checkParent(unit.kind(), parentId);
        for (String ancestor = parentId; ancestor != null; ancestor = organisation.findUnit(ancestor).map(Unit::parentId).orElse(null)) {
            if (ancestor.equals(unitId)) {
                throw new InvalidInputException("parentId", "Không thể chuyển một đơn vị vào trong chính nó.");
            }
        }
        if (java.util.Objects.equals(blankToNull(parentId), unit.parentId())) {
            return unit;
        }
        changes.moveUnit(unitId, blankToNull(parentId));
        events.publishEvent(new UnitMoved(unitId, unit.parentId(), blankToNull(parentId)));
        return unit(unitId);
    }

    /**
     * What a unit does for the branches below it (DOMAIN.md §1). Only units whose people can act on a
     * task may hold a function; open steps of the cases below move to wherever routing now sends them.
     */
    public Set<UnitFunction> setFunctions(String unitId, Set<UnitFunction> functions) {
        Unit unit = unit(unitId);
        if (!unit.isOpen()) {
            throw new ConflictException("id", "Đơn vị " + unit.name() + " đã giải thể.");
        }
        Set<UnitFunction> wanted = functions == null || functions.isEmpty()
                ? EnumSet.noneOf(UnitFunction.class) : EnumSet.copyOf(functions);
        if (!wanted.isEmpty() && !UnitFunction.mayBeHeldBy(unit.kind())) {
            throw new InvalidInputException("functions", "Loại đơn vị của " + unit.name()
                    + " không đảm nhận được nhiệm vụ nào trong quy trình (không có người thực hiện).");
        }
        if (wanted.contains(UnitFunction.ADMISSION_DECISION) && unit.kind() != UnitKind.STANDING_COMMITTEE
                && unit.kind() != UnitKind.GRASSROOTS) {
            throw new InvalidInputException("functions",
                    "Chỉ ban thường vụ hoặc đảng ủy cơ sở được ủy quyền mới quyết định kết nạp đảng viên.");
        }
        Set<UnitFunction> before = organisation.findFunctions(unitId);
        if (before.equals(wanted)) {
            return before;
        }
        organisation.setFunctions(unitId, wanted);
        events.publishEvent(new UnitFunctionsChanged(unitId, before, wanted));
        return organisation.findFunctions(unitId);
    }

    /**
     * Ủy quyền kết nạp đảng viên: an authorised grassroots committee appraises, decides admission and
     * recognition itself; without it, the standing committee of the committee above decides.
     */
    public Set<UnitFunction> authoriseToAdmit(String unitId, boolean authorised) {
        Unit unit = unit(unitId);
        if (unit.kind() != UnitKind.GRASSROOTS) {
            throw new InvalidInputException("id", "Chỉ đảng ủy cơ sở mới được ủy quyền kết nạp đảng viên; "
                    + unit.name() + " không phải đảng ủy cơ sở.");
        }
        Set<UnitFunction> functions = EnumSet.noneOf(UnitFunction.class);
        functions.addAll(organisation.findFunctions(unitId));
        if (authorised) {
            functions.add(UnitFunction.ADMISSION_DECISION);
        } else {
            functions.remove(UnitFunction.ADMISSION_DECISION);
        }
        return setFunctions(unitId, functions);
    }

    public Person createPerson(NewPerson request) {
        if (request.id() == null || !PERSON_ID.matcher(request.id()).matches()) {
            throw new InvalidInputException("id", "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang (2–63 ký tự).");
        }
        if (organisation.findPerson(request.id()).isPresent()) {
            throw new ConflictException("id", "Tên đăng nhập " + request.id() + " đã được dùng.");
        }
        if (request.fullName() == null || request.fullName().isBlank()) {
            throw new InvalidInputException("fullName", "Cần nhập họ và tên.");
        }
        if (request.membership() == null) {
            throw new InvalidInputException("membership", "Cần chọn tình trạng đảng viên (chính thức, dự bị hoặc chưa là đảng viên).");
        }
        if (request.branchId() != null && !request.branchId().isBlank()) {
            openBranch(request.branchId(), "branchId");
        }
        List<String> weak = passwordProblems.of(request.password());
        if (!weak.isEmpty()) {
            throw new InvalidInputException("password", String.join(" ", weak));
        }
        Person person = new Person(request.id(), request.fullName().trim(), blankToNull(request.email()),
                blankToNull(request.branchId()), request.membership(), request.memberSince());
        organisation.insert(person);
        identity.createUser(person, request.password());
        return person;
    }

    public RoleAssignment grantRole(String personId, String unitId, Role role) {
        person(personId);
        Unit unit = unit(unitId);
        if (role == null) {
            throw new InvalidInputException("role", "Cần chọn chức trách.");
        }
        if (!role.isHeldIn(unit.kind())) {
            throw new InvalidInputException("role", "Chức trách này không có ở loại đơn vị của " + unit.name() + ".");
        }
        if (!unit.isOpen()) {
            throw new ConflictException("unitId", "Đơn vị " + unit.name() + " đã giải thể.");
        }
        RoleAssignment assignment = new RoleAssignment(personId, unitId, role);
        if (organisation.findRoleAssignmentsOf(personId).contains(assignment)) {
            throw new ConflictException("role", "Người này đã giữ chức trách đó ở " + unit.name() + ".");
        }
        organisation.insert(assignment);
        identity.grantRole(assignment);
        events.publishEvent(new RoleGranted(assignment));
        return assignment;
    }

    public void revokeRole(String personId, String unitId, Role role) {
        RoleAssignment assignment = new RoleAssignment(personId, unitId, role);
        if (!organisation.findRoleAssignmentsOf(personId).contains(assignment)) {
            throw new NotFoundException("Người này không giữ chức trách đó ở đơn vị " + unitId + ".");
        }
        changes.delete(assignment);
        identity.revokeRole(assignment);
        events.publishEvent(new RoleRevoked(assignment));
    }

    /**
     * Chuyển sinh hoạt đảng: the member leaves the old branch, and with it any post held there
     * (secretary, branch committee); their open work for the old branch is handed back.
     */
    public Person moveMember(String personId, String branchId) {
        Person person = person(personId);
        openBranch(branchId, "branchId");
        if (branchId.equals(person.branchId())) {
            return person;
        }
        if (person.branchId() != null) {
            for (RoleAssignment held : organisation.findRoleAssignmentsOf(personId)) {
                if (held.unitId().equals(person.branchId())) {
                    changes.delete(held);
                    identity.revokeRole(held);
                    events.publishEvent(new RoleRevoked(held));
                }
            }
        }
        changes.moveMember(personId, branchId);
        events.publishEvent(new MemberMoved(personId, person.branchId(), branchId));
        return person(personId);
    }

    public Person changeMembership(String personId, Membership membership, LocalDate since) {
        Person before = person(personId);
        if (membership == null) {
            throw new InvalidInputException("membership", "Cần chọn tình trạng đảng viên (chính thức, dự bị hoặc chưa là đảng viên).");
        }
        if (membership != Membership.NONE && since == null) {
            throw new InvalidInputException("memberSince", "Cần nhập ngày vào Đảng hoặc ngày được công nhận chính thức.");
        }
        changes.changeMembership(personId, membership, since);
        events.publishEvent(new MembershipChanged(personId, before.branchId(), before.membership(), membership, since));
        return person(personId);
    }

    private void checkParent(UnitKind kind, String parentId) {
        if (kind == null) {
            throw new InvalidInputException("kind", "Cần chọn loại đơn vị.");
        }
        if (parentId == null || parentId.isBlank()) {
            if (!UnitTreeRules.mayBeRoot(kind)) {
                throw new InvalidInputException("parentId", "Cần chọn đơn vị cấp trên.");
            }
            return;
        }
        Unit parent = organisation.findUnit(parentId)
                .orElseThrow(() -> new InvalidInputException("parentId", "Không có đơn vị cấp trên " + parentId + "."));
        if (!parent.isOpen()) {
            throw new InvalidInputException("parentId", "Đơn vị cấp trên " + parent.name() + " đã giải thể.");
        }
        if (!UnitTreeRules.allowedParents(kind).contains(parent.kind())) {
            throw new InvalidInputException("parentId", "Loại đơn vị này không thể trực thuộc " + parent.name() + ".");
        }
    }

    private void openBranch(String branchId, String field) {
        Unit branch = organisation.findUnit(branchId)
                .orElseThrow(() -> new InvalidInputException(field, "Không có chi bộ " + branchId + "."));
        if (branch.kind() != UnitKind.BRANCH) {
            throw new InvalidInputException(field, branch.name() + " không phải là chi bộ.");
        }
        if (!branch.isOpen()) {
            throw new InvalidInputException(field, "Chi bộ " + branch.name() + " đã giải thể.");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Cần nhập tên đơn vị.");
        }
        if (name.length() > 255) {
            throw new InvalidInputException("name", "Tên đơn vị dài quá 255 ký tự.");
        }
    }

    private Unit unit(String id) {
        return organisation.findUnit(id).orElseThrow(() -> new NotFoundException("Không tìm thấy đơn vị " + id + "."));
    }

    private Person person(String id) {
        return organisation.findPerson(id).orElseThrow(() -> new NotFoundException("Không tìm thấy người dùng " + id + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
