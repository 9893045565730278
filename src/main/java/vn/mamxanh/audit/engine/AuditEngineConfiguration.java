package vn.mamxanh.audit.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import vn.mamxanh.audit.AuditSettings;
import vn.mamxanh.audit.journal.Attribution;
import vn.mamxanh.audit.journal.JournalWriter;

/**
 * Hooks the audit journal into the engine and sets the engine's history retention: every process
 * definition keeps its history for {@code mamxanh.audit.retention} after its root process ends
 * (removal-time-based cleanup), so the history of an open case has no removal time at all and is
 * never cleaned up.
 */
@Configuration
@EnableConfigurationProperties(AuditSettings.class)
public class AuditEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditEngineConfiguration.class);

    @Bean
    ProcessEnginePlugin auditJournalPlugin(ObjectProvider<JournalWriter> writer, ObjectProvider<Attribution> attribution,
                                           AuditSettings settings) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl engine) {
                List<HistoryEventHandler> handlers = new ArrayList<>(
                        engine.getCustomHistoryEventHandlers() == null ? List.of() : engine.getCustomHistoryEventHandlers());
                handlers.add(new JournalHistoryEventHandler(writer, attribution));
                engine.setCustomHistoryEventHandlers(handlers);
                engine.setEnableDefaultDbHistoryEventHandler(true);

                engine.setHistoryCleanupStrategy(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
                engine.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
                engine.setHistoryCleanupBatchWindowStartTime(settings.cleanupWindowStart());
                engine.setHistoryCleanupBatchWindowEndTime(settings.cleanupWindowEnd());
                engine.setHistoryTimeToLive(String.valueOf(settings.retentionDays()));

                List<BpmnParseListener> listeners = new ArrayList<>(
                        engine.getCustomPostBPMNParseListeners() == null ? List.of() : engine.getCustomPostBPMNParseListeners());
                listeners.add(new RetentionParseListener(settings.retentionDays()));
                engine.setCustomPostBPMNParseListeners(listeners);
            }
        };
    }

    /**
     * Definitions deployed before the retention setting changed keep their old time to live; bring
     * them in line at start-up so no case's history goes sooner than the regulation allows.
     */
    @Bean
    @Order(5)
    ApplicationRunner alignHistoryRetention(ProcessEngine engine, AuditSettings settings) {
        return (ApplicationArguments args) -> {
            RepositoryService repository = engine.getRepositoryService();
            int days = settings.retentionDays();
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
                if (definition.getHistoryTimeToLive() == null || definition.getHistoryTimeToLive() != days) {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                    log.info("History of {} is now kept {} days after its end", definition.getId(), days);
                }
            }
        };
    }

    /** The regulation's retention wins over whatever a model says, so one setting governs them all. */
    static final class RetentionParseListener extends AbstractBpmnParseListener {
        private final int days;

        RetentionParseListener(int days) {
            this.days = days;
        }

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.setHistoryTimeToLive(days);
        }
    }
}
