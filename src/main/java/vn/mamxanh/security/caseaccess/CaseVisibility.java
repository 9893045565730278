package vn.mamxanh.security.caseaccess;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Which cases the person on whose behalf the engine is acting may read. Asks the engine, with that
 * person's authorizations, so the app's API can never show more than Tasklist, Cockpit and the
 * engine REST API do: one set of rules for every route.
 */
@Component
public class CaseVisibility {

    private final HistoryService history;

    public CaseVisibility(HistoryService history) {
        this.history = history;
    }

    public boolean canRead(String caseId) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).count() > 0;
    }

    public Set<String> readableCaseIds() {
        Set<String> ids = new LinkedHashSet<>();
        history.createHistoricProcessInstanceQuery().orderByProcessInstanceStartTime().desc().list().stream()
                .map(HistoricProcessInstance::getBusinessKey)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        return ids;
    }
}
