package vn.mamxanh.calendar;

import java.sql.Timestamp;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * holiday_table_gap: the years a deadline needed but the holiday table lacks (R14). The refusal
 * rolls back the step that needed the deadline, so the year is written in a transaction of its own.
 * Entering the year clears it and re-queues the engine jobs (timers) that failed for want of it.
 */
@Component
public class HolidayTableGaps {

    public record Gap(int year, java.time.Instant firstNeeded, java.time.Instant lastNeeded, int timesRefused) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final ManagementService management;
    private final IdentityService identity;

    HolidayTableGaps(JdbcClient jdbc, PlatformTransactionManager transactions, ManagementService management,
                     IdentityService identity) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.management = management;
        this.identity = identity;
    }

    void refused(int year) {
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        newTransaction.executeWithoutResult(status -> {
            int updated = jdbc.sql("update holiday_table_gap set last_needed = ?, times_refused = times_refused + 1 where gap_year = ?")
                    .params(now, year).update();
            if (updated == 0) {
                try {
                    jdbc.sql("insert into holiday_table_gap (gap_year, first_needed, last_needed, times_refused) values (?, ?, ?, 1)")
                            .params(year, now, now).update();
                } catch (DuplicateKeyException recordedMeanwhile) {
                    // another refusal of the same year got there first: one row is all administrators need
                }
            }
        });
    }

    public List<Gap> open() {
        return jdbc.sql("select * from holiday_table_gap order by gap_year")
                .query((rs, row) -> new Gap(rs.getInt("gap_year"), rs.getTimestamp("first_needed").toInstant(),
                        rs.getTimestamp("last_needed").toInstant(), rs.getInt("times_refused")))
                .list();
    }

    /** The year now has a table: forget the gap and let the failed timers run again. */
    void entered(int year) {
        if (jdbc.sql("delete from holiday_table_gap where gap_year = ?").param(year).update() == 0) {
            return;
        }
        String missing = HolidayTableMissing.marker(year);
        // Administrators hold no right over process instances; re-queuing a job is the system's own act.
        Authentication acting = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            for (Job job : management.createJobQuery().withException().list()) {
                if (job.getExceptionMessage() != null && job.getExceptionMessage().contains(missing)) {
                    management.setJobRetries(job.getId(), 3);
                }
            }
        } finally {
            if (acting != null) {
                identity.setAuthentication(acting);
            }
        }
    }
}
