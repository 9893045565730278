package vn.mamxanh.notification;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.web.VietnamTime;

/**
 * Every user task, on create and on assignment ({@link NotificationParseListener}): the people the
 * step now waits for get a message naming the step, the candidate and the case, with a link. A task
 * given to a person goes to that person; a task for candidate groups goes to every member of them,
 * since any of them may take it. Nobody is told of a task they just took themselves.
 */
@Component
class AssignmentNotices implements TaskListener {

    private final Outbox outbox;
    private final Recipients recipients;
    private final CaseRepository cases;
    private final MailSettings settings;

    AssignmentNotices(Outbox outbox, Recipients recipients, CaseRepository cases, MailSettings settings) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.cases = cases;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!outbox.enabled()) {
            return;
        }
        String caseId = task.getExecution().getProcessBusinessKey();
        if (caseId == null) {
            return;
        }
        List<Person> people;
        if (task.getAssignee() != null) {
            if (Objects.equals(task.getAssignee(), actingUser())) {
                return;
            }
            people = recipients.person(task.getAssignee()).stream().toList();
        } else if (EVENTNAME_CREATE.equals(task.getEventName())) {
            people = recipients.membersOf(task.getCandidates().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList());
        } else {
            return;
        }
        String candidate = cases.find(caseId).map(c -> c.fullName()).orElse(caseId);
        Letters.Step step = new Letters.Step(task.getName(), candidate, caseId,
                task.getDueDate() == null ? null : Letters.day(task.getDueDate().toInstant(), VietnamTime.zone()), false);
        for (Person person : people) {
            outbox.send("task:" + task.getId(), person.email(), Letters.assignmentSubject(step),
                    Letters.assignment(person.fullName(), step, settings));
        }
    }

    private static String actingUser() {
        Authentication authentication = Context.getCommandContext() == null ? null
                : Context.getCommandContext().getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
