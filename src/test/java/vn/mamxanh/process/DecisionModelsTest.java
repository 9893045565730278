package vn.mamxanh.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The models of stages 8-12 open in Modeler as drawn, and every user task has its form and its listener. */
class DecisionModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"admission-decision", "probation"})
    void every_element_is_drawn(String key) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", key + ".bpmn").toFile());
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet()));
        Collection<FlowElement> elements = model.getModelElementsByType(FlowElement.class);

        assertThat(elements).extracting(BaseElement::getId).allMatch(drawn::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admission-decision", "probation"})
    void every_user_task_has_a_form_a_vietnamese_name_and_a_complete_listener(String key) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of("bpmn", key + ".bpmn").toFile());

        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getId()).startsWith("Task_");
            assertThat(task.getName()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("latest");
            assertThat(Files.exists(Path.of("forms", task.getCamundaFormRef() + ".form"))).as(task.getCamundaFormRef()).isTrue();
            assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list())
                    .as(task.getId())
                    .anyMatch(listener -> "complete".equals(listener.getCamundaEvent()));
        }
    }
}
