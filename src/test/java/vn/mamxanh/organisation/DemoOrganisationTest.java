package vn.mamxanh.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class DemoOrganisationTest {

    @Autowired
    DemoOrganisation demo;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    IdentityService identity;

    @Test
    void the_demo_district_has_every_body_a_case_passes_through() {
        OrganisationDirectory directory = new OrganisationDirectory(organisation);
        assertThat(directory.grassrootsOf(DemoOrganisation.BRANCH_EAST).id()).isEqualTo(DemoOrganisation.GRASSROOTS);
        assertThat(directory.districtBody(DemoOrganisation.BRANCH_WEST, UnitKind.POLITICAL_CENTRE).id())
                .isEqualTo(DemoOrganisation.POLITICAL_CENTRE);
        assertThat(directory.districtBody(DemoOrganisation.BRANCH_WEST, UnitKind.STANDING_COMMITTEE).id())
                .isEqualTo(DemoOrganisation.STANDING_COMMITTEE);
        assertThat(identity.createUserQuery().memberOfGroup("cb-thon-dong.secretary").singleResult().getId())
                .isEqualTo("bithu.dong");
    }

    @Test
    void a_restart_loads_nothing_twice() {
        long units = organisation.findAllUnits().size();
        long people = organisation.findAllPeople().size();
        long users = identity.createUserQuery().count();
        long groups = identity.createGroupQuery().count();

        demo.run(null);

        assertThat(organisation.findAllUnits()).hasSize((int) units);
        assertThat(organisation.findAllPeople()).hasSize((int) people);
        assertThat(identity.createUserQuery().count()).isEqualTo(users);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    }
}
