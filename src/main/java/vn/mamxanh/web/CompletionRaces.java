package vn.mamxanh.web;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When several people complete the same step at once, the engine lets exactly one commit and the
 * others fail on a vanished or concurrently changed task. Those are not faults but late answers:
 * this tells them apart so every route can say 409 "already done" instead of a server error. Only
 * whether the task ended or is still open is looked at, never its contents.
 */
@Component
public class CompletionRaces {

    static final String FIELD = "taskId";

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;

    private final TransactionTemplate separately;

    public CompletionRaces(TaskService tasks, HistoryService history, IdentityService identity,
                           PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        // The failed completion's transaction may be aborted already; look in a fresh one.
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setReadOnly(true);
    }

    /** The conflict to answer for a completion of this task that failed, if it lost a race. */
    public Optional<ConflictException> lostRace(String taskId) {
        return separately.execute(status -> withoutAuthorization(() -> {
            if (finished(taskId)) {
                return Optional.of(alreadyCompleted());
            }
            if (tasks.createTaskQuery().taskId(taskId).count() > 0) {
                return Optional.of(new ConflictException(FIELD, "Công việc này đang được người khác cập nhật cùng lúc; "
                        + "dữ liệu bạn gửi không được ghi. Hãy tải lại và thử lại."));
            }
            return Optional.empty();
        }));
    }

    /**
     * A completion refused for want of permission may also have lost a race: the winner's commit deletes the
     * task's grants while the loser is still checking them. Only a task that has ended counts here, so a
     * person who may not work on an open task is still told so.
     */
    public Optional<ConflictException> refusedAfterTheWinner(String taskId) {
        return separately.execute(status -> withoutAuthorization(
                () -> finished(taskId) ? Optional.of(alreadyCompleted()) : Optional.<ConflictException>empty()));
    }

    private boolean finished(String taskId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
    }

    private static ConflictException alreadyCompleted() {
        return new ConflictException(FIELD, "Công việc này đã được hoàn thành (có thể bởi người khác "
                + "cùng lúc); dữ liệu bạn gửi không được ghi. Hãy tải lại hồ sơ để xem bước tiếp theo.");
    }

    private <T> T withoutAuthorization(java.util.function.Supplier<T> query) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
