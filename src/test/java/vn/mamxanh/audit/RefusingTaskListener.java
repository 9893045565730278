package vn.mamxanh.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.mamxanh.web.RuleViolationException;

/** Stands in for a feature's complete listener that finds a broken rule (here R07). */
public class RefusingTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object inFavour = task.getVariable("inFavour");
        if (!(inFavour instanceof Number number) || number.intValue() < 4) {
            throw new RuleViolationException("R07", "inFavour",
                    "Nghị quyết chỉ được thông qua khi ít nhất hai phần ba đảng viên chính thức tán thành.");
        }
    }
}
