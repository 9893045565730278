package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_ReportCeremonyDelay: the branch tells the deciding committee why the ceremony is late (R10). */
@Component("reportCeremonyDelay")
class ReportCeremonyDelay implements TaskListener {

    private final CeremonyRepository ceremonies;
    private final CaseRouting routing;
    private final Actors actors;

    ReportCeremonyDelay(CeremonyRepository ceremonies, CaseRouting routing, Actors actors) {
        this.actors = actors;
        this.ceremonies = ceremonies;
        this.routing = routing;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        String reason = form.requiredText("reason", "Lý do chậm tổ chức lễ kết nạp");
        ceremonies.addDelayReport(caseId, reason, routing.deciders(task), actors.completing(task),
                ClockUtil.getCurrentTime().toInstant());
        form.forget("reason");
    }
}
