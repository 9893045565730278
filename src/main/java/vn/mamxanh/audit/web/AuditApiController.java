package vn.mamxanh.audit.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.mamxanh.audit.journal.JournalVerifier;
import vn.mamxanh.audit.journal.Verification;
import vn.mamxanh.web.Problems;

/** The audit journal for programs: the same answers as the auditors' pages, as JSON. Read only. */
@RestController
@Tag(name = "Nhật ký kiểm tra", description = "Nhật ký thao tác không sửa được (chuỗi băm) cho Ủy ban kiểm tra, trong phạm vi huyện của mình; chỉ đọc.")
@RequestMapping("/api/audit")
public class AuditApiController {

    private final AuditorScope scopes;
    private final AuditReader reader;
    private final JournalVerifier verifier;

    public AuditApiController(AuditorScope scopes, AuditReader reader, JournalVerifier verifier) {
        this.scopes = scopes;
        this.reader = reader;
        this.verifier = verifier;
    }

    @Operation(summary = "Lịch sử một hồ sơ", description = "Mọi thao tác trên hồ sơ theo thứ tự thời gian: ai, vai trò gì, làm gì, kết quả.")
    @GetMapping("/cases/{caseId}")
    public AuditReader.CaseHistory caseHistory(@PathVariable String caseId) {
        return reader.caseHistory(caseId, scopes.current());
    }

    @Operation(summary = "Tìm trong nhật ký", description = "Lọc theo người thực hiện, đơn vị, loại thao tác, khoảng thời gian, kết quả, quá hạn, mã hồ sơ.")
    @GetMapping("/search")
    public Map<String, Object> search(SearchForm form) {
        AuditorScope.Scope scope = scopes.current();
        List<HistoryLine> lines = reader.search(form.toSearch(scope, scopes));
        return Map.of("count", lines.size(), "limit", reader.searchLimit(), "entries", lines);
    }

    /** Re-computes the whole hash chain; any auditor may ask, whatever their scope, as it reveals no content. */
    @Operation(summary = "Kiểm tra tính toàn vẹn của nhật ký", description = "Tính lại toàn bộ chuỗi băm và nêu mục đầu tiên bị sửa, bị xóa hoặc bị cắt.")
    @GetMapping("/journal/verify")
    public Verification verify() {
        scopes.current();
        return verifier.verify();
    }

    @ExceptionHandler(SearchForm.InvalidSearch.class)
    ProblemDetail invalidSearch(SearchForm.InvalidSearch e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "du-lieu-khong-hop-le", "Dữ liệu không hợp lệ",
                e.getMessage());
        problem.setProperty("field", e.errors().get(0).field());
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
