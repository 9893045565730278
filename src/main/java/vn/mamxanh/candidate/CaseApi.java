package vn.mamxanh.candidate;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The app API for a case: introduce a candidate, complete one of the case's tasks, record a
 * withdrawal. Errors are problem details (see {@code ApiExceptionHandler}).
 */
@RestController
@Tag(name = "Hồ sơ: thao tác", description = "Giới thiệu quần chúng, hoàn thành một bước của hồ sơ, ghi nhận quần chúng xin rút. Lỗi trả về dạng problem detail (RFC 9457) nêu rõ trường và quy định bị vi phạm.")
@RequestMapping("/api/cases")
public class CaseApi {

    private final Intake intake;

    public CaseApi(Intake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Giới thiệu quần chúng ưu tú", description = "Đoàn thể (người đại diện tổ chức chính trị - xã hội) giới thiệu quần chúng với chi bộ: tạo hồ sơ và bắt đầu quy trình phát triển đảng viên. Trả về mã hồ sơ. Số căn cước đã có hồ sơ đang xem xét: 409.")
    @PostMapping
    ResponseEntity<Intake.Introduced> introduce(@Valid @RequestBody IntroductionRequest request) {
        Intake.Introduced introduced = intake.introduce(request);
        return ResponseEntity.created(URI.create("/api/cases/" + introduced.caseId())).body(introduced);
    }

    /** Body: the step's form fields, e.g. {"intakeDecision": "ACCEPT", "mentorId": "dangvien.dong1"}. */
    @Operation(summary = "Hoàn thành một bước của hồ sơ", description = "Gửi các trường của biểu mẫu bước đó dưới dạng một đối tượng JSON phẳng; người đăng nhập phải là người được giao bước. Vi phạm quy định: 400, công việc vẫn mở và dữ liệu không đổi.")
    @PostMapping("/{caseId}/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String caseId, @PathVariable String taskId,
                                  @RequestBody Map<String, Object> fields) {
        intake.complete(caseId, taskId, fields);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Ghi nhận quần chúng xin rút", description = "Bí thư chi bộ của hồ sơ ghi nhận quần chúng xin rút, đến trước lễ kết nạp (kể cả khi đã có quyết định kết nạp); cần nêu lý do. Sau lễ kết nạp: 409.")
    @PostMapping("/{caseId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String caseId, @Valid @RequestBody WithdrawalRequest request) {
        intake.withdraw(caseId, request);
        return ResponseEntity.noContent().build();
    }
}
