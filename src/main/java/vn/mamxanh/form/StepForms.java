package vn.mamxanh.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The step forms packaged with the application, by form id, and the form of an open task or of a
 * process's start. Lookups run under the caller's engine authorization: a task the caller cannot
 * see has no form here, and the engine answers for it as it would.
 */
@Component
public class StepForms {

    private final Map<String, StepForm> byId = new HashMap<>();
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public StepForms(TaskService tasks, FormService forms, RepositoryService repository, ObjectMapper json,
                     IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    List<FormField> fields = new ArrayList<>();
                    collect(form.path("components"), fields);
                    byId.put(form.path("id").asText(), new StepForm(form.path("id").asText(), List.copyOf(fields)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The step forms could not be read", e);
        }
    }

    public Optional<StepForm> byId(String formId) {
        return Optional.ofNullable(formId).map(byId::get);
    }

    public Optional<StepForm> ofTask(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        return task == null ? Optional.empty() : Optional.ofNullable(task.getCamundaFormRef()).map(CamundaFormRef::getKey)
                .flatMap(this::byId);
    }

    /**
     * Whether the caller may complete the task, as the engine will decide it (a grant of UPDATE or
     * TASK_WORK on the task, which candidates and the assignee get); a submission of someone who may
     * not is left to the engine's 403 rather than answered with the form's 400.
     */
    public boolean mayWorkOn(String taskId) {
        org.camunda.bpm.engine.impl.identity.Authentication who = identity.getCurrentAuthentication();
        if (who == null) {
            return true;
        }
        identity.clearAuthentication();
        try {
            List<String> groups = who.getGroupIds() == null ? List.of() : who.getGroupIds();
            return authorizations.isUserAuthorized(who.getUserId(), groups, Permissions.UPDATE, Resources.TASK, taskId)
                    || authorizations.isUserAuthorized(who.getUserId(), groups, TaskPermissions.TASK_WORK, Resources.TASK, taskId);
        } finally {
            identity.setAuthentication(who);
        }
    }

    /** The start form of a process definition given by id, or by key (latest version). */
    public Optional<StepForm> ofStart(String definitionId, String definitionKey) {
        ProcessDefinition definition = definitionId != null
                ? repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult()
                : repository.createProcessDefinitionQuery().processDefinitionKey(definitionKey).latestVersion().singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        var start = forms.getStartFormData(definition.getId());
        return Optional.ofNullable(start == null ? null : start.getCamundaFormRef()).map(CamundaFormRef::getKey).flatMap(this::byId);
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key") && !"text".equals(component.path("type").asText())) {
                fields.add(FormField.of(component));
            }
            collect(component.path("components"), fields);
        }
    }
}
