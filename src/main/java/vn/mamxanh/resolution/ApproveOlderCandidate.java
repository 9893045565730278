package vn.mamxanh.resolution;

import static vn.mamxanh.resolution.ResolutionVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.TaskForm;

/** Task_ApproveOlderCandidate: the province-level committee approves a candidate over 60 (R01), or ends the case. */
@Component("approveOlderCandidate")
public class ApproveOlderCandidate implements TaskListener {

    private final CaseRepository cases;
    private final BranchVotes votes;
    private final Actors actors;

    public ApproveOlderCandidate(CaseRepository cases, BranchVotes votes, Actors actors) {
        this.cases = cases;
        this.votes = votes;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        boolean approved = form.requiredYesNo(PROVINCE_APPROVED, "Đồng ý cho kết nạp");
        String note = approved ? form.text(PROVINCE_NOTE).orElse(null) : form.requiredText(PROVINCE_NOTE, "Lý do không đồng ý");
        String actor = actors.completing(task);
        votes.recordProvinceApproval(form.caseId(), approved, note, actor);
        if (!approved) {
            cases.end(form.caseId(), CaseStatus.CLOSED, "Ban Thường vụ Tỉnh ủy không đồng ý kết nạp người trên 60 tuổi: " + note, actor);
        }
        task.getExecution().setVariable(PROVINCE_APPROVED, approved);
        form.forget(PROVINCE_NOTE);
    }
}
