package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.web.TaskForm;

/** Task_ReportCeremonyDelay: the branch tells the deciding committee why the ceremony is late (R10). */
@Component("reportCeremonyDelay")
class ReportCeremonyDelay implements TaskListener {

    private final CeremonyRepository ceremonies;
    private final CaseRouting routing;

    ReportCeremonyDelay(CeremonyRepository ceremonies, CaseRouting routing) {
        this.ceremonies = ceremonies;
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task, "R10");
        String reason = form.text("reason", "lý do chậm tổ chức lễ kết nạp");
        ceremonies.addDelayReport(caseId, reason, routing.standingCommittee(task), form.actor(),
                ClockUtil.getCurrentTime().toInstant());
        form.consume();
    }
}
