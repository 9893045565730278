package vn.mamxanh.organisation.admin;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import vn.mamxanh.organisation.UnitFunction;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.admin.OrganisationAdministration.NewPerson;
import vn.mamxanh.organisation.admin.OrganisationAdministration.NewUnit;
import vn.mamxanh.web.NotFoundException;

/** The organisation as administrators manage it over HTTP (only {@code camunda-admin} reaches /api/admin). */
@RestController
@Tag(name = "Quản trị tổ chức", description = "Đơn vị, người dùng và vai trò; chỉ quản trị viên. Mọi thay đổi được đồng bộ sang người dùng và nhóm của Camunda.")
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

    public record FunctionsChange(Set<UnitFunction> functions) {
    }

    public record AuthorisationChange(Boolean authorised) {
    }

    /** What a unit does in the path; {@code authorisedToAdmit} for a grassroots committee that decides itself. */
    public record UnitFunctions(String unitId, Set<UnitFunction> functions, boolean authorisedToAdmit) {

        static UnitFunctions of(Unit unit, Set<UnitFunction> functions) {
            return new UnitFunctions(unit.id(), functions,
                    unit.kind() == UnitKind.GRASSROOTS && functions.contains(UnitFunction.ADMISSION_DECISION));
        }
    }

    @Operation(summary = "Danh sách đơn vị", description = "Mọi đơn vị của cây tổ chức, ở mọi cấp: tỉnh, (huyện trước 1/7/2025), đảng ủy cơ sở, chi bộ, các ban và đoàn thể.")
    @GetMapping("/units")
    public List<Unit> units() {
        return organisation.findAllUnits();
    }

    @Operation(summary = "Tạo đơn vị", description = "Thêm một đơn vị dưới đơn vị cha.")
    @PostMapping("/units")
    public ResponseEntity<Unit> createUnit(@RequestBody NewUnit request) {
        Unit unit = administration.createUnit(request);
        return ResponseEntity.created(URI.create("/api/admin/units/" + unit.id())).body(unit);
    }

    @Operation(summary = "Đổi tên đơn vị")
    @PutMapping("/units/{id}/name")
    public Unit rename(@PathVariable String id, @RequestBody Rename request) {
        return administration.renameUnit(id, request.name());
    }

    @Operation(summary = "Giải thể đơn vị", description = "Đơn vị đã giải thể không nhận hồ sơ mới.")
    @PostMapping("/units/{id}/close")
    public Unit close(@PathVariable String id) {
        return administration.closeUnit(id);
    }

    @Operation(summary = "Chuyển đơn vị sang đơn vị cha khác", description = "Các công việc đang mở của hồ sơ được chuyển theo.")
    @PutMapping("/units/{id}/parent")
    public Unit move(@PathVariable String id, @RequestBody Move request) {
        return administration.moveUnit(id, request.parentId());
    }

    @Operation(summary = "Nhiệm vụ của đơn vị trong quy trình", description = "Mở lớp, thẩm định, quyết định kết nạp và công nhận, đồng ý kết nạp người trên 60 tuổi, đôn đốc cấp dưới; và đảng ủy cơ sở có được ủy quyền kết nạp không.")
    @GetMapping("/units/{id}/functions")
    public UnitFunctions functions(@PathVariable String id) {
        return UnitFunctions.of(unit(id), organisation.findFunctions(id));
    }

    @Operation(summary = "Đặt nhiệm vụ của đơn vị", description = "Các công việc đang mở của hồ sơ bên dưới chuyển tới đơn vị nay đảm nhận.")
    @PutMapping("/units/{id}/functions")
    public UnitFunctions setFunctions(@PathVariable String id, @RequestBody FunctionsChange request) {
        return UnitFunctions.of(unit(id), administration.setFunctions(id, request.functions()));
    }

    /** Được ủy quyền kết nạp đảng viên: {@code {"authorised": true}}. */
    @Operation(summary = "Ủy quyền kết nạp đảng viên cho đảng ủy cơ sở", description = "Đảng ủy được ủy quyền tự thẩm định và quyết định kết nạp, công nhận đảng viên chính thức (tập thể đảng ủy biểu quyết); nếu không, ban thường vụ cấp ủy cấp trên quyết định.")
    @PutMapping("/units/{id}/authorised-to-admit")
    public UnitFunctions authorise(@PathVariable String id, @RequestBody AuthorisationChange request) {
        if (request.authorised() == null) {
            throw new InvalidInputException("authorised", "Cần chọn có hay không được ủy quyền kết nạp đảng viên.");
        }
        return UnitFunctions.of(unit(id), administration.authoriseToAdmit(id, request.authorised()));
    }

    private Unit unit(String id) {
        return organisation.findUnit(id).orElseThrow(() -> new NotFoundException("Không có đơn vị " + id + "."));
    }

    @Operation(summary = "Danh sách người dùng")
    @GetMapping("/people")
    public List<Person> people() {
        return organisation.findAllPeople();
    }

    @Operation(summary = "Thêm người dùng")
    @PostMapping("/people")
    public ResponseEntity<Person> createPerson(@RequestBody NewPerson request) {
        Person person = administration.createPerson(request);
        return ResponseEntity.created(URI.create("/api/admin/people/" + person.id())).body(person);
    }

    @Operation(summary = "Chuyển sinh hoạt đảng sang chi bộ khác")
    @PutMapping("/people/{id}/branch")
    public Person transfer(@PathVariable String id, @RequestBody Transfer request) {
        return administration.moveMember(id, request.branchId());
    }

    @Operation(summary = "Đổi tư cách đảng viên", description = "Dự bị, chính thức hoặc không phải đảng viên, với ngày vào Đảng.")
    @PutMapping("/people/{id}/membership")
    public Person membership(@PathVariable String id, @RequestBody MembershipChange request) {
        return administration.changeMembership(id, request.membership(), request.memberSince());
    }

    @Operation(summary = "Vai trò của một người")
    @GetMapping("/people/{id}/roles")
    public List<RoleAssignment> roles(@PathVariable String id) {
        return organisation.findRoleAssignmentsOf(id);
    }

    @Operation(summary = "Giao vai trò tại một đơn vị")
    @PostMapping("/people/{id}/roles")
    @ResponseStatus(HttpStatus.CREATED)
    public RoleAssignment grant(@PathVariable String id, @RequestBody Grant request) {
        return administration.grantRole(id, request.unitId(), request.role());
    }

    @Operation(summary = "Thu hồi vai trò")
    @DeleteMapping("/people/{id}/roles/{unitId}/{role}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void revoke(@PathVariable String id, @PathVariable String unitId, @PathVariable Role role) {
        administration.revokeRole(id, unitId, role);
    }
}
