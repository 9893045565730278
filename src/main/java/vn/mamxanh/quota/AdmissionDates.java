package vn.mamxanh.quota;

import java.sql.Date;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseEnded;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.resolution.DecisionTaken;
import vn.mamxanh.resolution.Purpose;

/**
 * R15 counts an admission in the year of the admission decision's date (9-KNĐ), not of the day the
 * ceremony was recorded: {@code candidate_case.admitted_on} is the date written on the latest
 * admission decision, cleared when that decision refuses or the case is closed before the ceremony.
 */
@Component
class AdmissionDates {

    private final JdbcClient jdbc;

    AdmissionDates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void decided(DecisionTaken decision) {
        if (!Purpose.ADMISSION.name().equals(decision.kind())) {
            return;
        }
        jdbc.sql("update candidate_case set admitted_on = ? where id = ?")
                .params(decision.approved() && decision.date() != null ? Date.valueOf(decision.date()) : null,
                        decision.caseId())
                .update();
    }

    @EventListener
    void ended(CaseEnded ended) {
        if (ended.status() == CaseStatus.CLOSED) {
            jdbc.sql("update candidate_case set admitted_on = null where id = ?").param(ended.caseId()).update();
        }
    }
}
