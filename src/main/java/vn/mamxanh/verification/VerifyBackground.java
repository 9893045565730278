package vn.mamxanh.verification;

import static vn.mamxanh.verification.VerificationVariables.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.verification.AdverseFindings.Item;
import vn.mamxanh.web.RuleViolationException;

/**
 * Task_VerifyBackground: the branch committee records a result and a responsible verifier for the
 * candidate and each close family member (R06), and concludes; a failed verification ends the case.
 */
@Component("verifyBackground")
public class VerifyBackground implements TaskListener {

    private final CaseRepository cases;
    private final OrganisationRepository organisation;
    private final Dossiers dossiers;
    private final Actors actors;

    public VerifyBackground(CaseRepository cases, OrganisationRepository organisation, Dossiers dossiers, Actors actors) {
        this.cases = cases;
        this.organisation = organisation;
        this.dossiers = dossiers;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        String caseId = form.caseId();
        List<Item> items = Lines.parse(form.requiredText(VERIFICATION_RESULTS, "Kết quả thẩm tra từng người"),
                VERIFICATION_RESULTS, 3, "Đối tượng | Kết quả | Người thẩm tra").stream().map(this::item).toList();
        List<String> missing = AdverseFindings.uncovered(dossiers.verificationSubjects(caseId), items);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("R06", VERIFICATION_RESULTS,
                    "Chưa có kết quả thẩm tra cho: " + String.join(", ", missing) + ".");
        }
        boolean passed = form.requiredYesNo(VERIFICATION_PASSED, "Kết luận thẩm tra đạt");
        String note = form.text(VERIFICATION_NOTE).orElse(null);
        String actor = actors.completing(task);
        if (passed && AdverseFindings.blocksResolution(items)) {
            throw new RuleViolationException("R06", VERIFICATION_RESULTS,
                    "Còn vấn đề chưa được làm rõ trong kết quả thẩm tra: không thể kết luận đạt.");
        }
        if (!passed) {
            if (note == null) {
                throw RuleViolationException.invalidField(VERIFICATION_NOTE, "Vui lòng nhập \"Lý do thẩm tra không đạt\".");
            }
            cases.end(caseId, CaseStatus.CLOSED, "Thẩm tra lý lịch không đạt: " + note, actor);
        }
        dossiers.recordVerification(caseId, items, passed, note, actor);
        task.getExecution().setVariable(VERIFICATION_PASSED, passed);
        form.forget(VERIFICATION_RESULTS, VERIFICATION_NOTE);
    }

    private Item item(String[] row) {
        VerificationResult result = VerificationResult.fromLabel(row[1]).orElseThrow(() -> new RuleViolationException("R06",
                VERIFICATION_RESULTS, "Kết quả thẩm tra \"" + row[1] + "\" không hợp lệ: ghi Đạt, Có vấn đề hoặc Đã làm rõ."));
        if (organisation.findPerson(row[2]).isEmpty()) {
            throw new RuleViolationException("R06", VERIFICATION_RESULTS,
                    "Không tìm thấy người thẩm tra \"" + row[2] + "\" (ghi tên đăng nhập của người chịu trách nhiệm).");
        }
        return new Item(row[0], result, row[2]);
    }
}
