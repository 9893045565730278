package vn.mamxanh.quota;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** R15's configurable figures ({@code mamxanh.quota.*}). */
@Component
public class QuotaSettings {

    private final BigDecimal proposalRate;

    public QuotaSettings(@Value("${mamxanh.quota.proposal-rate:0.03}") BigDecimal proposalRate) {
        this.proposalRate = proposalRate;
    }

    /** Share of the membership at the start of the year proposed as next year's admissions (national aim 3–4 %). */
    public BigDecimal proposalRate() {
        return proposalRate;
    }
}
