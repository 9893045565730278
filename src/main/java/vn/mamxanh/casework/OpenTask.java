package vn.mamxanh.casework;

import java.time.Instant;
import java.util.List;

/** A task of a case waiting for someone, as the case page lists it. */
public record OpenTask(String id, String name, Instant created, Instant due, String assignee,
                       List<String> candidateGroups, boolean workableByViewer, List<TaskFormField> fields) {

    public boolean hasForm() {
        return fields.stream().anyMatch(TaskFormField::isInput);
    }

    public java.time.LocalDateTime createdLocal() {
        return vn.mamxanh.web.VietnamTime.local(created);
    }

    public java.time.LocalDateTime dueLocal() {
        return vn.mamxanh.web.VietnamTime.local(due);
    }

    public String tasklistLink() {
        return "/camunda/app/tasklist/default/#/?task=" + id;
    }
}
