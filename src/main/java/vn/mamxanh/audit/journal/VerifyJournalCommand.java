package vn.mamxanh.audit.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mamxanh.jar --mamxanh.audit.verify=true}: checks the journal's hash chain, prints
 * the result and exits (0 intact, 3 broken), for a scheduled job or an inspector at the console.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "mamxanh.audit.verify", havingValue = "true")
public class VerifyJournalCommand implements ApplicationRunner {

    static final int BROKEN_EXIT_CODE = 3;
    private static final Logger log = LoggerFactory.getLogger(VerifyJournalCommand.class);

    private final JournalVerifier verifier;
    private final ApplicationContext context;

    public VerifyJournalCommand(JournalVerifier verifier, ApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        Verification result = verifier.verify();
        if (result.intact()) {
            log.info("Audit journal intact: {} entries, last entry {} has hash {}", result.checked(), result.lastSeq(),
                    result.lastHash());
        } else {
            log.error("Audit journal broken at entry {} ({}); {} entries before it are intact",
                    result.firstBrokenSeq(), result.problem(), result.checked());
        }
        int code = result.intact() ? 0 : BROKEN_EXIT_CODE;
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
    }
}
