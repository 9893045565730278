package vn.mamxanh.quota;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.web.VietnamTime;

/** Quotas for this year and next in the demo district, so the dashboards are not empty on first start. */
@Component
@Order(20)
@ConditionalOnProperty(name = "mamxanh.demo.enabled", havingValue = "true")
class DemoQuotas implements ApplicationRunner {

    static final String ADMINISTRATOR = "quantri";

    private final QuotaRepository quotas;
    private final OrganisationRepository organisation;

    DemoQuotas(QuotaRepository quotas, OrganisationRepository organisation) {
        this.quotas = quotas;
        this.organisation = organisation;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int year = VietnamTime.today().getYear();
        if (organisation.findUnit(DemoOrganisation.GRASSROOTS).isEmpty() || quotas.anyFor(year) || quotas.anyFor(year + 1)) {
            return;
        }
        assign(year, 3, 2, 1);
        assign(year + 1, 4, 2, 2);
    }

    private void assign(int year, int grassroots, int east, int west) {
        quotas.assign(DemoOrganisation.GRASSROOTS, year, grassroots, ADMINISTRATOR);
        quotas.assign(DemoOrganisation.BRANCH_EAST, year, east, ADMINISTRATOR);
        quotas.assign(DemoOrganisation.BRANCH_WEST, year, west, ADMINISTRATOR);
    }
}
