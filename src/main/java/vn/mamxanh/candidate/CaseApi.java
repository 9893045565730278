package vn.mamxanh.candidate;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

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
@RequestMapping("/api/cases")
public class CaseApi {

    private final Intake intake;

    public CaseApi(Intake intake) {
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<Intake.Introduced> introduce(@Valid @RequestBody IntroductionRequest request) {
        Intake.Introduced introduced = intake.introduce(request);
        return ResponseEntity.created(URI.create("/api/cases/" + introduced.caseId())).body(introduced);
    }

    /** Body: the step's form fields, e.g. {"intakeDecision": "ACCEPT", "mentorId": "dangvien.dong1"}. */
    @PostMapping("/{caseId}/tasks/{taskId}/complete")
    ResponseEntity<Void> complete(@PathVariable String caseId, @PathVariable String taskId,
                                  @RequestBody Map<String, Object> fields) {
        intake.complete(caseId, taskId, fields);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{caseId}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String caseId, @Valid @RequestBody WithdrawalRequest request) {
        intake.withdraw(caseId, request);
        return ResponseEntity.noContent().build();
    }
}
