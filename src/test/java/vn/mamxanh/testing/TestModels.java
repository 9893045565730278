package vn.mamxanh.testing;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;

/**
 * Small models some tests deploy beside the real ones, to check a mechanism (access grants, the
 * audit journal) independently of the path. The test context is shared, so each is deployed once.
 */
public final class TestModels {

    private TestModels() {
    }

    public static synchronized void deployOnce(RepositoryService repository, BpmnModelInstance model) {
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0) {
            return;
        }
        repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    }
}
