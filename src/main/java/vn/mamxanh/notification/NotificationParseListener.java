package vn.mamxanh.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds {@link AssignmentNotices} to every user task of every model, so no model has to remember it. */
class NotificationParseListener extends AbstractBpmnParseListener {

    private final TaskListener notices;

    NotificationParseListener(TaskListener notices) {
        this.notices = notices;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, notices);
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, notices);
    }
}
