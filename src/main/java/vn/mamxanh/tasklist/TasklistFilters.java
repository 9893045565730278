package vn.mamxanh.tasklist;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters everyone shares. Without a filter Tasklist lists nothing at all, so a new
 * secretary would see an empty screen although tasks are waiting for their branch. Filters are
 * created once, by name, and left alone afterwards so an administrator may adjust them.
 */
@Component
public class TasklistFilters {

    static final String MY_TASKS = "Việc của tôi";
    static final String TO_CLAIM = "Việc chờ nhận";

    private final FilterService filters;
    private final TaskService tasks;

    public TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createMissing() {
        createOnce(MY_TASKS, "Các công việc đang giao cho tôi", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // Unassigned tasks of every body the person belongs to: branch, committee, board.
        createOnce(TO_CLAIM, "Công việc của đơn vị tôi, chưa ai nhận", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    }

    private void createOnce(String name, String description, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        filters.saveFilter(filter);
    }
}
