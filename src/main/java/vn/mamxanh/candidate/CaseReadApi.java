package vn.mamxanh.candidate;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.mamxanh.security.caseaccess.CaseVisibility;
import vn.mamxanh.security.dossier.DossierAccessLog;
import vn.mamxanh.security.dossier.DossierAccessLog.DossierAccess;
import vn.mamxanh.web.NotFoundException;

/**
 * Reading cases through the app's API: only the cases the caller's scope covers, and every read of
 * a profile is written to the dossier access log. A case outside the scope answers 404, the same
 * as one that does not exist, so ids cannot be probed.
 */
@RestController
@Tag(name = "Hồ sơ: tra cứu", description = "Đọc các hồ sơ thuộc phạm vi của người đăng nhập; mỗi lần đọc lý lịch được ghi vào nhật ký truy cập hồ sơ.")
@RequestMapping("/api/cases")
public class CaseReadApi {

    static final String READ_PROFILE = "PROFILE";

    private final CaseRepository cases;
    private final CaseVisibility visibility;
    private final DossierAccessLog accessLog;

    public CaseReadApi(CaseRepository cases, CaseVisibility visibility, DossierAccessLog accessLog) {
        this.cases = cases;
        this.visibility = visibility;
        this.accessLog = accessLog;
    }

    @Operation(summary = "Danh sách hồ sơ", description = "Các hồ sơ người đăng nhập được xem: mã hồ sơ, họ tên, chi bộ, giai đoạn, tình trạng.")
    @GetMapping
    public List<CaseSummary> list() {
        return visibility.readableCaseIds().stream()
                .map(cases::find)
                .flatMap(Optional::stream)
                .map(CaseSummary::of)
                .toList();
    }

    @Operation(summary = "Lý lịch một hồ sơ", description = "Thông tin quần chúng và tình trạng hồ sơ. Hồ sơ ngoài phạm vi trả về 404 như hồ sơ không tồn tại.")
    @GetMapping("/{id}")
    public CandidateCase read(@PathVariable String id, Principal reader) {
        CandidateCase found = readable(id);
        accessLog.record(reader.getName(), id, READ_PROFILE);
        return found;
    }

    /** The dossier access log of a case is for the inspection commission. */
    @Operation(summary = "Nhật ký truy cập hồ sơ", description = "Ai đã đọc hồ sơ và khi nào; chỉ Ủy ban kiểm tra được xem.")
    @GetMapping("/{id}/access-log")
    public List<DossierAccess> accessLog(@PathVariable String id, Authentication caller) {
        boolean auditor = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().endsWith(".auditor"));
        if (!auditor) {
            throw new AccessDeniedException("auditors only");
        }
        readable(id);
        return accessLog.ofCase(id);
    }

    private CandidateCase readable(String id) {
        return cases.find(id).filter(c -> visibility.canRead(id))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + id + "."));
    }

    /** What a list shows: enough to pick a case, not the dossier. */
    public record CaseSummary(String id, String fullName, String branchId, CaseStage stage, String stageLabel,
                              CaseStatus status, String statusLabel) {
        static CaseSummary of(CandidateCase c) {
            return new CaseSummary(c.id(), c.fullName(), c.branchId(), c.stage(), c.stage().label(), c.status(),
                    c.status().label());
        }
    }
}
