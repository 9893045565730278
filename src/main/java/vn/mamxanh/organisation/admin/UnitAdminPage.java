package vn.mamxanh.organisation.admin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mamxanh.organisation.MassOrganisationType;
import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.UnitFunction;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.admin.OrganisationAdministration.NewPerson;
import vn.mamxanh.organisation.admin.OrganisationAdministration.NewUnit;
import vn.mamxanh.web.ConflictException;
import vn.mamxanh.web.NotFoundException;

/** The administrators' page for the organisation tree and its people (only {@code camunda-admin} reaches /admin). */
@Controller
@RequestMapping("/admin/units")
public class UnitAdminPage {

    static final Map<UnitKind, String> KINDS = new LinkedHashMap<>();
    static final Map<Role, String> ROLES = new LinkedHashMap<>();
    static final Map<Membership, String> MEMBERSHIPS = new LinkedHashMap<>();

    static {
        KINDS.put(UnitKind.CENTRAL, "Trung ương");
        KINDS.put(UnitKind.PROVINCE, "Tỉnh ủy / Thành ủy");
        KINDS.put(UnitKind.DISTRICT, "Huyện ủy / Thị ủy / Quận ủy (trước 1/7/2025)");
        KINDS.put(UnitKind.GRASSROOTS, "Đảng ủy cơ sở (xã, phường, đặc khu, cơ quan, doanh nghiệp)");
        KINDS.put(UnitKind.BRANCH, "Chi bộ");
        KINDS.put(UnitKind.POLITICAL_CENTRE, "Trung tâm / Trường Chính trị");
        KINDS.put(UnitKind.ORGANISATION_BOARD, "Ban Tổ chức / Ban Xây dựng Đảng");
        KINDS.put(UnitKind.STANDING_COMMITTEE, "Ban Thường vụ");
        KINDS.put(UnitKind.INSPECTION_COMMISSION, "Ủy ban Kiểm tra");
        KINDS.put(UnitKind.MASS_ORGANISATION, "Đoàn thể");
        ROLES.put(Role.SECRETARY, "Bí thư chi bộ");
        ROLES.put(Role.BRANCH_COMMITTEE, "Chi ủy viên");
        ROLES.put(Role.GRASSROOTS_COMMITTEE, "Đảng ủy viên");
        ROLES.put(Role.POLITICAL_CENTRE_STAFF, "Cán bộ Trung tâm Chính trị");
        ROLES.put(Role.ORGANISATION_BOARD_MEMBER, "Chuyên viên Ban Tổ chức");
        ROLES.put(Role.STANDING_COMMITTEE_MEMBER, "Ủy viên Ban Thường vụ");
        ROLES.put(Role.AUDITOR, "Kiểm tra viên");
        ROLES.put(Role.MASS_ORGANISATION_REPRESENTATIVE, "Đại diện đoàn thể");
        ROLES.put(Role.ADMINISTRATOR, "Quản trị hệ thống");
        ROLES.put(Role.PROVINCE_COMMITTEE, "Thường trực Tỉnh ủy");
        MEMBERSHIPS.put(Membership.OFFICIAL, "Đảng viên chính thức");
        MEMBERSHIPS.put(Membership.PROBATIONARY, "Đảng viên dự bị");
        MEMBERSHIPS.put(Membership.NONE, "Chưa là đảng viên");
    }

    private final OrganisationAdministration administration;
    private final OrganisationRepository organisation;
    private final int passwordMinLength;

    public UnitAdminPage(OrganisationAdministration administration, OrganisationRepository organisation,
                         @Value("${mamxanh.security.password.min-length}") int passwordMinLength) {
        this.administration = administration;
        this.organisation = organisation;
        this.passwordMinLength = passwordMinLength;
    }

    @GetMapping
    public String page(Model model) {
        model.addAttribute("units", organisation.findAllUnits());
        Map<String, Set<UnitFunction>> functions = organisation.findAllFunctions();
        model.addAttribute("functionText", functions.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, held -> held.getValue().stream().map(UnitFunction::label)
                        .collect(Collectors.joining("; ")))));
        model.addAttribute("authorised", functions.entrySet().stream()
                .filter(held -> held.getValue().contains(UnitFunction.ADMISSION_DECISION))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));

        model.addAttribute("people", organisation.findAllPeople());
        model.addAttribute("assignments", organisation.findAllRoleAssignments());
        model.addAttribute("kinds", KINDS);
        model.addAttribute("roles", ROLES);
        model.addAttribute("memberships", MEMBERSHIPS);
        model.addAttribute("passwordMinLength", passwordMinLength);
        model.addAttribute("massTypes", Arrays.asList(MassOrganisationType.values()));
        return "admin/units";
    }

    @PostMapping
    public String create(@RequestParam String id, @RequestParam UnitKind kind, @RequestParam String name,
                         @RequestParam(required = false) String parentId,
                         @RequestParam(required = false) MassOrganisationType massOrganisationType,
                         @RequestParam(defaultValue = "false") boolean mountainous, RedirectAttributes flash) {
        return act(flash, "Đã thêm đơn vị " + name + ".",
                () -> administration.createUnit(new NewUnit(id, kind, name, parentId, massOrganisationType, mountainous)));
    }

    @PostMapping("/{id}/name")
    public String rename(@PathVariable String id, @RequestParam String name, RedirectAttributes flash) {
        return act(flash, "Đã đổi tên đơn vị.", () -> administration.renameUnit(id, name));
    }

    @PostMapping("/{id}/close")
    public String close(@PathVariable String id, RedirectAttributes flash) {
        return act(flash, "Đã giải thể đơn vị.", () -> administration.closeUnit(id));
    }

    @PostMapping("/{id}/parent")
    public String move(@PathVariable String id, @RequestParam String parentId, RedirectAttributes flash) {
        return act(flash, "Đã chuyển đơn vị; việc đang mở của các hồ sơ đã chuyển theo.", () -> administration.moveUnit(id, parentId));
    }

    @PostMapping("/{id}/authorised-to-admit")
    public String authorise(@PathVariable String id, @RequestParam(defaultValue = "false") boolean authorised,
                            RedirectAttributes flash) {
        return act(flash, authorised
                        ? "Đã ủy quyền kết nạp đảng viên: đảng ủy tự thẩm định và quyết định kết nạp, công nhận đảng viên chính thức."
                        : "Đã thôi ủy quyền kết nạp: ban thường vụ cấp ủy cấp trên quyết định.",
                () -> administration.authoriseToAdmit(id, authorised));
    }

    @PostMapping("/people")
    public String createPerson(@RequestParam String id, @RequestParam String fullName,
                               @RequestParam(required = false) String email, @RequestParam(required = false) String branchId,
                               @RequestParam Membership membership,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate memberSince,
                               @RequestParam String password, RedirectAttributes flash) {
        return act(flash, "Đã thêm người dùng " + id + ".", () -> administration.createPerson(
                new NewPerson(id, fullName, email, branchId, membership, memberSince, password)));
    }

    @PostMapping("/people/{id}/branch")
    public String transfer(@PathVariable String id, @RequestParam String branchId, RedirectAttributes flash) {
        return act(flash, "Đã chuyển sinh hoạt đảng; việc đang giữ ở chi bộ cũ đã được trả lại.",
                () -> administration.moveMember(id, branchId));
    }

    @PostMapping("/people/{id}/membership")
    public String membership(@PathVariable String id, @RequestParam Membership membership,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate memberSince, RedirectAttributes flash) {
        return act(flash, "Đã cập nhật tình trạng đảng viên.", () -> administration.changeMembership(id, membership, memberSince));
    }

    @PostMapping("/people/{id}/roles")
    public String grant(@PathVariable String id, @RequestParam String unitId, @RequestParam Role role, RedirectAttributes flash) {
        return act(flash, "Đã giao chức trách.", () -> administration.grantRole(id, unitId, role));
    }

    @PostMapping("/people/{id}/roles/{unitId}/{role}/revoke")
    public String revoke(@PathVariable String id, @PathVariable String unitId, @PathVariable Role role, RedirectAttributes flash) {
        return act(flash, "Đã thôi giao chức trách.", () -> administration.revokeRole(id, unitId, role));
    }

    private static String act(RedirectAttributes flash, String success, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("message", success);
        } catch (InvalidInputException | ConflictException | NotFoundException refused) {
            flash.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/admin/units";
    }

}
