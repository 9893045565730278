package vn.mamxanh.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.casework.CaseProcesses;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.web.VietnamTime;

/**
 * Every morning, one message per person listing the open steps that wait for them and are overdue or
 * due within {@code mamxanh.mail.due-soon-days}: tasks given to them, and unclaimed tasks of their groups.
 * A step's due date is the task's own (the monthly mentoring report) or, for steps guarded by a deadline
 * timer (R09, R10, R13), the timer's.
 */
@Component
public class DueStepsDigest {

    private static final Logger log = LoggerFactory.getLogger(DueStepsDigest.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CaseProcesses processes;
    private final CaseRepository cases;
    private final Recipients recipients;
    private final Outbox outbox;
    private final MailSettings settings;

    DueStepsDigest(TaskService tasks, RuntimeService runtime, CaseProcesses processes, CaseRepository cases, Recipients recipients, Outbox outbox,
                   MailSettings settings) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.processes = processes;
        this.cases = cases;
        this.recipients = recipients;
        this.outbox = outbox;
        this.settings = settings;
    }

    @Scheduled(cron = "${mamxanh.mail.digest-cron}", zone = "Asia/Ho_Chi_Minh")
    public void sendDaily() {
        if (outbox.enabled()) {
            int sent = send();
            log.info("Daily digest of due steps sent to {} people.", sent);
        }
    }

    /** Sends today's digests and answers to how many people. */
    public int send() {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, VietnamTime.zone());
        LocalDate horizon = today.plusDays(settings.dueSoonDays());
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, List<Letters.Step>> stepsByPerson = new LinkedHashMap<>();
        Map<String, Optional<Instant>> caseDeadlines = new LinkedHashMap<>();
        Map<String, String> caseOfInstance = new LinkedHashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().active().list()) {
            if (instance.getBusinessKey() != null) {
                caseOfInstance.put(instance.getId(), instance.getBusinessKey());
            }
        }
        for (Task task : tasks.createTaskQuery().active().list()) {
            String caseId = task.getProcessInstanceId() == null ? null : caseOfInstance.get(task.getProcessInstanceId());
            if (caseId == null) {
                continue;
            }
            Instant due = task.getDueDate() != null ? task.getDueDate().toInstant()
                    : caseDeadlines.computeIfAbsent(caseId, this::earliestDeadline).orElse(null);
            if (due == null || LocalDate.ofInstant(due, VietnamTime.zone()).isAfter(horizon)) {
                continue;
            }
            Optional<CandidateCase> candidate = cases.find(caseId);
            Letters.Step step = new Letters.Step(task.getName(), candidate.map(CandidateCase::fullName).orElse(caseId), caseId,
                    LocalDate.ofInstant(due, VietnamTime.zone()), due.isBefore(now));
            for (Person person : waitingFor(task)) {
                people.putIfAbsent(person.id(), person);
                stepsByPerson.computeIfAbsent(person.id(), id -> new ArrayList<>()).add(step);
            }
        }
        int sent = 0;
        for (Map.Entry<String, List<Letters.Step>> entry : stepsByPerson.entrySet()) {
            Person person = people.get(entry.getKey());
            if (person.email() == null || person.email().isBlank()) {
                continue;
            }
            List<Letters.Step> steps = entry.getValue().stream().sorted(Comparator.comparing(Letters.Step::dueOn)).toList();
            outbox.send("digest:" + today, person.email(), Letters.digestSubject(today, steps),
                    Letters.digest(person.fullName(), today, steps, settings));
            sent++;
        }
        return sent;
    }

    private List<Person> waitingFor(Task task) {
        if (task.getAssignee() != null) {
            return recipients.person(task.getAssignee()).stream().toList();
        }
        return recipients.membersOf(tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList());
    }

    private Optional<Instant> earliestDeadline(String caseId) {
        return processes.deadlines(caseId).stream().map(CaseProcesses.TimerDeadline::due).findFirst();
    }
}
