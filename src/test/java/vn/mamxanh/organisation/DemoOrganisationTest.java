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
    void the_demo_province_has_every_body_a_case_passes_through_in_the_two_level_shape() {
        OrganisationDirectory directory = new OrganisationDirectory(organisation);
        assertThat(directory.grassrootsOf(DemoOrganisation.BRANCH_EAST).id()).isEqualTo(DemoOrganisation.GRASSROOTS);
        assertThat(organisation.findUnit(DemoOrganisation.GRASSROOTS).orElseThrow().parentId()).isEqualTo(DemoOrganisation.PROVINCE);
        assertThat(directory.requireHolder(DemoOrganisation.BRANCH_WEST, UnitFunction.CLASSES).id())
                .isEqualTo(DemoOrganisation.POLITICAL_CENTRE);
        // An Hòa is not authorised: the province's standing committee decides after its organisation board's appraisal.
        CompetentCommittee anHoa = directory.competentCommittee(DemoOrganisation.BRANCH_WEST);
        assertThat(anHoa.decides().id()).isEqualTo(DemoOrganisation.STANDING_COMMITTEE);
        assertThat(anHoa.appraises().id()).isEqualTo(DemoOrganisation.ORGANISATION_BOARD);
        // Mỹ Trà is authorised: it decides as a whole, after its own party-building board's appraisal.
        CompetentCommittee myTra = directory.competentCommittee(DemoOrganisation.WARD_BRANCH_EAST);
        assertThat(myTra.decides().id()).isEqualTo(DemoOrganisation.AUTHORISED_GRASSROOTS);
        assertThat(myTra.wholeCommitteeDecides()).isTrue();
        assertThat(myTra.appraises().id()).isEqualTo(DemoOrganisation.AUTHORISED_PARTY_BUILDING_BOARD);
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
