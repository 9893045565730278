package vn.mamxanh.training;

import static vn.mamxanh.training.TrainingVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.web.RuleViolationException;

/**
 * Task_RecordClassResult: the political centre records attendance and the certificate. A
 * certificate dated in the future or already expired (R03) is refused here, where it is typed.
 */
@Component("recordClassResult")
public class RecordClassResult implements TaskListener {

    private final AwarenessClasses classes;
    private final Actors actors;
    private final int validMonths;

    public RecordClassResult(AwarenessClasses classes, Actors actors,
                             @Value("${mamxanh.rules.awareness-class.certificate-valid-months}") int validMonths) {
        this.classes = classes;
        this.actors = actors;
        this.validMonths = validMonths;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        boolean attended = form.requiredYesNo(ATTENDED, "Quần chúng đã học và đạt yêu cầu");
        String number = null;
        LocalDate issuedOn = null;
        if (attended) {
            number = form.requiredText(CERTIFICATE_NUMBER, "Số giấy chứng nhận");
            issuedOn = form.requiredDate(CERTIFICATE_ISSUED_ON, "Ngày cấp giấy chứng nhận");
            LocalDate today = vn.mamxanh.web.VietnamTime.today();
            if (issuedOn.isAfter(today)) {
                throw new RuleViolationException("R03", CERTIFICATE_ISSUED_ON, "Ngày cấp giấy chứng nhận không được sau ngày hôm nay.");
            }
            if (!CertificateValidity.validOn(issuedOn, today, validMonths)) {
                throw new RuleViolationException("R03", CERTIFICATE_ISSUED_ON, "Giấy chứng nhận đã hết hạn ngày "
                        + CertificateValidity.expiresOn(issuedOn, validMonths) + " (có giá trị " + validMonths
                        + " tháng kể từ ngày cấp); quần chúng cần học lại lớp bồi dưỡng nhận thức về Đảng.");
            }
        }
        classes.recordResult(form.caseId(), attended, number, issuedOn, actors.completing(task));
        task.getExecution().setVariable(CERTIFICATE_ISSUED, attended);
        form.forget(ATTENDED, CERTIFICATE_NUMBER, CERTIFICATE_ISSUED_ON);
    }
}
