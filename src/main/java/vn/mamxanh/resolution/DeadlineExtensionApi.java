package vn.mamxanh.resolution;

import java.net.URI;
import java.security.Principal;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cases/{id}/deadline-extension}: the deciding body opens the extension step (R09);
 * it answers the step's task id, completed like any other step with {@code extraWorkingDays} and {@code reason}.
 */
@RestController
class DeadlineExtensionApi {

    private final DeadlineExtensionStep step;

    DeadlineExtensionApi(DeadlineExtensionStep step) {
        this.step = step;
    }

    @PostMapping("/api/cases/{caseId}/deadline-extension")
    ResponseEntity<Map<String, String>> open(@PathVariable String caseId, Principal principal) {
        String taskId = step.open(caseId, principal.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/tasks/" + taskId))
                .body(Map.of("taskId", taskId));
    }
}
