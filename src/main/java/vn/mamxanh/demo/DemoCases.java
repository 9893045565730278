package vn.mamxanh.demo;

import java.time.LocalDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;

/**
 * Cases at every stage of the path, so a new user of the demo sees a lived-in system: loaded after
 * the demo organisation on the first start against an empty database, and never again once any case
 * exists. Runs before the job executor starts, so the engine clock can be set back safely.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "mamxanh.demo.enabled", havingValue = "true")
public class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final CaseRepository cases;
    private final DemoPath path;

    public DemoCases(CaseRepository cases, DemoPath path) {
        this.cases = cases;
        this.path = path;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!cases.findAll().isEmpty()) {
            return;
        }
        long started = System.currentTimeMillis();
        LocalDateTime now = vn.mamxanh.web.VietnamTime.localNow();
        try {
            for (DemoCandidate candidate : DemoCandidates.ALL) {
                try {
                    path.walk(candidate, now);
                } catch (RuntimeException e) {
                    // A demo that no longer fits the path must not keep the system from starting; DemoCasesTest notices.
                    log.warn("Demo case of {} not driven to {}: {}", candidate.fullName(), candidate.milestone(), e.getMessage());
                }
            }
        } finally {
            ClockUtil.reset();
        }
        log.info("Demo cases loaded: {} candidates at every stage of the path, in {} ms.", DemoCandidates.ALL.size(),
                System.currentTimeMillis() - started);
    }
}
