package vn.mamxanh.casework;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Reads the engine on behalf of the case page without the person's engine authorizations. The page
 * has already checked the case is in the person's scope; an auditor must see a case's open tasks
 * and history although the engine grants them no task. Never used for anything that changes state.
 */
@Component
class EngineReads {

    private final IdentityService identity;

    EngineReads(IdentityService identity) {
        this.identity = identity;
    }

    <T> T read(Supplier<T> query) {
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return query.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
