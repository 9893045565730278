package vn.mamxanh.quota;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** R15's configurable figures ({@code mamxanh.quota.*}). */
@Component
public class QuotaSettings {

    private final BigDecimal proposalRate;
    private final String admissionAim;
    private final String sourcePoolAim;

    public QuotaSettings(@Value("${mamxanh.quota.proposal-rate:0.03}") BigDecimal proposalRate,
                         @Value("${mamxanh.quota.admission-aim:3–4 %}") String admissionAim,
                         @Value("${mamxanh.quota.source-pool-aim:6–8 %}") String sourcePoolAim) {
        this.proposalRate = proposalRate;
        this.admissionAim = admissionAim;
        this.sourcePoolAim = sourcePoolAim;
    }

    /** The aim for a year's admissions as a share of the membership at its start, as the dashboards print it. */
    public String admissionAim() {
        return admissionAim;
    }

    /** The aim for the source pool as a share of the membership, as the dashboards print it. */
    public String sourcePoolAim() {
        return sourcePoolAim;
    }

    /** Share of the membership at the start of the year proposed as next year's admissions (national aim 3–4 %). */
    public BigDecimal proposalRate() {
        return proposalRate;
    }
}
