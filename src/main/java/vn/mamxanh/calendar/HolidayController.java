package vn.mamxanh.calendar;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.camunda.bpm.engine.authorization.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;

import vn.mamxanh.web.NotFoundException;

/**
 * The holiday table (R14). Everyone may read it, since deadlines are counted with it; only
 * administrators change it, e.g. when the government announces next year's Tết days off.
 */
@RestController
@Tag(name = "Lịch ngày nghỉ", description = "Bảng ngày lễ, Tết dùng để tính thời hạn theo ngày làm việc (R14). Ai cũng được xem; chỉ quản trị viên được sửa.")
@RequestMapping("/api/calendar/holidays")
public class HolidayController {

    private final HolidayRepository holidays;
    private final HolidayAdministration administration;

    public HolidayController(HolidayRepository holidays, HolidayAdministration administration) {
        this.holidays = holidays;
        this.administration = administration;
    }

    @Operation(summary = "Danh sách ngày nghỉ", description = "Có thể lọc theo năm.")
    @GetMapping
    public List<Holiday> list(@RequestParam(required = false) Integer year) {
        return year == null ? holidays.findAll() : holidays.findYear(year);
    }

    @Operation(summary = "Thêm hoặc sửa một ngày nghỉ", description = "Ngày theo dạng yyyy-MM-dd.")
    @PutMapping("/{day}")
    public Holiday save(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                        @Valid @RequestBody HolidayRequest request, Authentication user) {
        requireAdministrator(user);
        return administration.save(day, request.name(), request.dayOff(), user.getName());
    }

    @Operation(summary = "Xóa một ngày nghỉ")
    @DeleteMapping("/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Authentication user) {
        requireAdministrator(user);
        if (!administration.delete(day)) {
            throw new NotFoundException("Ngày " + day + " không có trong bảng ngày nghỉ.");
        }
    }

    private static void requireAdministrator(Authentication user) {
        boolean administrator = user != null && user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(Groups.CAMUNDA_ADMIN::equals);
        if (!administrator) {
            throw new AccessDeniedException("Only administrators change the holiday table");
        }
    }

    public record HolidayRequest(
            @NotBlank(message = "Cần nhập tên ngày nghỉ.") @Size(max = 255, message = "Tên ngày nghỉ dài quá 255 ký tự.") String name,
            @NotNull(message = "Cần cho biết đây là ngày nghỉ hay ngày làm bù.") Boolean dayOff) {
    }
}
