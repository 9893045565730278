package vn.mamxanh.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.mamxanh.organisation.MemberMoved;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.RoleGranted;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitCreated;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.UnitMoved;

/**
 * Pick lists instead of internal codes in two Camunda Forms: the branch of the introduction's start
 * form ({@code introduce-candidate}) and the mentor of the intake review ({@code review-introduction}).
 * A start form has no process variables to feed form-js's dynamic options from, so the lists are
 * written into the forms: the files in {@code forms/} keep a text field for the id (what the engine
 * stores), and this class deploys a copy whose field is a searchable list of today's branches and
 * official members, at start-up and whenever the organisation changes. Both steps bind the latest
 * form, so Tasklist shows the copy; the rule listeners still check what is sent (R05 and the branch).
 */
@Component
@Order(25)
class FormPickLists implements ApplicationRunner {

    static final String DEPLOYMENT_NAME = "mamxanh-form-pick-lists";
    private static final Logger log = LoggerFactory.getLogger(FormPickLists.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrganisationRepository organisation;
    private final RepositoryService repository;

    FormPickLists(OrganisationRepository organisation, RepositoryService repository) {
        this.organisation = organisation;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        refresh();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void unitCreated(UnitCreated event) {
        refresh();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void unitMoved(UnitMoved event) {
        refresh();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void memberMoved(MemberMoved event) {
        refresh();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void roleGranted(RoleGranted event) {
        refresh();
    }

    synchronized void refresh() {
        List<Unit> branches = organisation.findAllUnits().stream()
                .filter(unit -> unit.kind() == UnitKind.BRANCH && unit.isOpen()).toList();
        ArrayNode branchValues = JSON.createArrayNode();
        ArrayNode mentorValues = JSON.createArrayNode();
        for (Unit branch : branches) {
            branchValues.addObject().put("label", branch.name()).put("value", branch.id());
            for (Person member : organisation.findMembersOf(branch.id())) {
                if (member.isOfficialMemberOf(branch.id())) {
                    mentorValues.addObject().put("label", member.fullName() + " (" + branch.name() + ")").put("value", member.id());
                }
            }
        }
        List<String[]> forms = new ArrayList<>();
        forms.add(new String[] {"introduce-candidate.form", withPickList("forms/introduce-candidate.form", "branchId",
                "Chi bộ tiếp nhận", "Chi bộ nơi quần chúng sinh hoạt.", branchValues)});
        forms.add(new String[] {"review-introduction.form", withPickList("forms/review-introduction.form", "mentorId",
                "Đảng viên giúp đỡ", "Đảng viên chính thức của chính chi bộ tiếp nhận quần chúng (R05).", mentorValues)});
        boolean changed = forms.stream().anyMatch(form -> !form[1].equals(latestDeployed(form[0]).orElse(null)));
        if (!changed) {
            return;
        }
        var deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source("mamxanh");
        forms.forEach(form -> deployment.addString(form[0], form[1]));
        deployment.deploy();
        log.info("Forms deployed with pick lists of {} branches and {} mentors.", branchValues.size(), mentorValues.size());
    }

    /** The form file with its id field turned into a searchable list of the given values. */
    private static String withPickList(String resource, String key, String label, String description, ArrayNode values) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            ObjectNode form = (ObjectNode) JSON.readTree(in);
            for (JsonNode component : form.withArray("components")) {
                if (key.equals(component.path("key").asText())) {
                    ObjectNode field = (ObjectNode) component;
                    field.put("type", "select");
                    field.put("label", label);
                    field.put("description", description);
                    field.put("searchable", true);
                    field.set("values", values);
                }
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form of that name in the newest deployment that holds one (ours or the classpath's). */
    private Optional<String> latestDeployed(String fileName) {
        for (Deployment deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            Optional<String> resource = repository.getDeploymentResourceNames(deployment.getId()).stream()
                    .filter(name -> name.equals(fileName) || name.endsWith("/" + fileName)).findFirst();
            if (resource.isPresent()) {
                if (!DEPLOYMENT_NAME.equals(deployment.getName())) {
                    return Optional.empty();
                }
                try (InputStream in = repository.getResourceAsStream(deployment.getId(), resource.get())) {
                    return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Optional.empty();
    }
}
