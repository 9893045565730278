package vn.mamxanh.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The ready-made Tasklist filters. They are written with Camunda's user expressions
 * ({@code currentUser()}, {@code currentUserGroups()}) so one filter serves every unit, and
 * authorizations decide what each person actually sees in it.
 */
public final class TasklistFilters {

    public static final String MY_TASKS = "Việc của tôi";
    public static final String BRANCH_TASKS = "Việc của chi bộ tôi";

    private TasklistFilters() {
    }

    /** Creates the filters that are missing, by name; an administrator may adjust them afterwards. */
    public static void ensure(FilterService filters, TaskService tasks) {
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

    private static void ensure(FilterService filters, String name, String description, int priority, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name);
        filter.setQuery(query);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        filter.setProperties(properties);
        filters.saveFilter(filter);
    }
}
