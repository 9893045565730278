package vn.mamxanh.resolution;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{id}/deadline-extension}: the deciding body opens the extension step (R09);
 * it answers the step's task id, completed like any other step with {@code extraWorkingDays} and {@code reason}.
 */
@RestController
@Tag(name = "Hồ sơ: gia hạn thời hạn quyết định", description = "Cấp ủy có thẩm quyền gia hạn thời hạn quyết định kết nạp hoặc công nhận một lần, không quá 30 ngày làm việc, có ghi lý do (R09).")
class DeadlineExtensionApi {

    private final DeadlineExtensionStep step;

    DeadlineExtensionApi(DeadlineExtensionStep step) {
        this.step = step;
    }

    @Operation(summary = "Mở bước gia hạn thời hạn quyết định", description = "Chỉ thành viên cấp ủy ra quyết định, khi hồ sơ đang chờ quyết định và chưa được gia hạn. Trả về mã công việc; hoàn thành bước đó với extraWorkingDays (1-30) và reason. Người khác: 403; đã gia hạn, bước đang mở hoặc hồ sơ không ở bước quyết định: 409.")
    @PostMapping("/api/cases/{caseId}/deadline-extension")
    ResponseEntity<Map<String, String>> open(@PathVariable String caseId, Principal principal) {
        String taskId = step.open(caseId, principal.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/tasks/" + taskId))
                .body(Map.of("taskId", taskId));
    }
}
