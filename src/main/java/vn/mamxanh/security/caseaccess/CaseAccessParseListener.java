package vn.mamxanh.security.caseaccess;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts the case access grants on every process and user task of every model, so access follows
 * the org chart whatever the models look like and no model has to remember it.
 */
public class CaseAccessParseListener extends AbstractBpmnParseListener {

    private final ExecutionListener onProcessStart;
    private final TaskListener onTaskCreate;
    private final TaskListener onAssignment;

    public CaseAccessParseListener(CaseAccessGrants grants) {
        this.onProcessStart = grants.onProcessStart();
        this.onTaskCreate = grants.onTaskCreate();
        this.onAssignment = grants.onAssignment();
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, onProcessStart);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        // After the model's own listeners, so candidate groups they add are already known.
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, onTaskCreate);
        task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, onAssignment);
    }
}
