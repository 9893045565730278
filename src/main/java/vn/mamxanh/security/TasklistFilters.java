package vn.mamxanh.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import vn.mamxanh.tasklist.TaskLabels;

/**
 * The ready-made Tasklist filters. They are written with Camunda's user expressions
 * ({@code currentUser()}, {@code currentUserGroups()}) so one filter serves every unit, and
 * authorizations decide what each person actually sees in it.
 */
public final class TasklistFilters {

    public static final String UNIT_TASKS = "Việc của đơn vị tôi";
    public static final String MY_TASKS = "Việc của tôi";
    public static final String BRANCH_TASKS = "Việc của chi bộ tôi";

    private TasklistFilters() {
    }

    /** Creates the filters that are missing, by name; an administrator may adjust them afterwards. */
    public static void ensure(FilterService filters, TaskService tasks) {
        // First in the list, so Tasklist opens on it: what waits for the person's units and for them in person.
        ensure(filters, UNIT_TASKS, "Mọi việc của chi bộ, tập thể bạn tham gia và việc giao riêng cho bạn", -20,
                tasks.createTaskQuery().or()
                        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .taskAssigneeExpression("${currentUser()}")
                        .endOr());
        ensure(filters, MY_TASKS, "Việc đã nhận hoặc được giao cho bạn", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(filters, BRANCH_TASKS, "Việc giao cho chi bộ hoặc tập thể bạn tham gia, chưa ai nhận", 0,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        ensure(filters, "Báo cáo giúp đỡ đến hạn", "Việc giao riêng cho bạn (như báo cáo giúp đỡ quần chúng) đã đến hạn", 10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").dueBeforeExpression("${now()}"));
        ensure(filters, "Việc quá hạn của đơn vị", "Việc của đơn vị bạn đã quá hạn", 20,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").dueBeforeExpression("${now()}"));
        ensure(filters, "Toàn bộ việc trong phạm vi", "Mọi việc bạn được xem (ủy ban kiểm tra, cấp ủy cấp trên)", 30,
                tasks.createTaskQuery());
    }

    /** Shown on every entry: whose case it is and its id (task-local labels, readable with the task). */
    private static List<Map<String, String>> shownVariables() {
        return List.of(Map.of("name", TaskLabels.CANDIDATE_NAME, "label", "Quần chúng"),
                Map.of("name", TaskLabels.CASE_NUMBER, "label", "Mã hồ sơ"));
    }

    private static void ensure(FilterService filters, String name, String description, int priority, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            // Filters made before entries named the candidate get the two columns once; other changes stay.
            if (!existing.getProperties().containsKey("variables")) {
                Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties());
                properties.put("variables", shownVariables());
                existing.setProperties(properties);
                filters.saveFilter(existing);
            }
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", shownVariables());
        filter.setProperties(properties);
        filters.saveFilter(filter);
    }
}
