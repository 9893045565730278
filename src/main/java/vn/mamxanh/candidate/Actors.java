package vn.mamxanh.candidate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting on a step, for the record (R16): inside the engine, the person the engine was told
 * about; in the app's own code, the person Spring Security logged in.
 */
@Component
public class Actors {

    /** Steps the engine takes on its own (timers) are recorded under this name. */
    public static final String SYSTEM = "he-thong";

    public String current() {
        CommandContext command = Context.getCommandContext();
        if (command != null && command.getAuthenticatedUserId() != null) {
            return command.getAuthenticatedUserId();
        }
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && login.isAuthenticated() && login.getName() != null && !"anonymousUser".equals(login.getName())) {
            return login.getName();
        }
        return SYSTEM;
    }

    public String completing(DelegateTask task) {
        String acting = current();
        if (SYSTEM.equals(acting) && task.getAssignee() != null) {
            return task.getAssignee();
        }
        return acting;
    }
}
