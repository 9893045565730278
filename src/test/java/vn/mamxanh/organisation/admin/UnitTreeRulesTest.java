package vn.mamxanh.organisation.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.mamxanh.organisation.UnitKind;

class UnitTreeRulesTest {

    @Test
    void a_branch_sits_under_a_grassroots_organisation_only() {
        assertThat(UnitTreeRules.allowedParents(UnitKind.BRANCH)).containsExactly(UnitKind.GRASSROOTS);
        assertThat(UnitTreeRules.mayBeRoot(UnitKind.BRANCH)).isFalse();
    }

    @Test
    void a_grassroots_committee_sits_directly_under_a_province_today_or_under_a_district_in_older_trees() {
        assertThat(UnitTreeRules.allowedParents(UnitKind.GRASSROOTS)).containsExactlyInAnyOrder(UnitKind.PROVINCE, UnitKind.DISTRICT);
    }

    @Test
    void a_committees_bodies_sit_beside_it_at_any_level() {
        for (UnitKind kind : new UnitKind[] {UnitKind.POLITICAL_CENTRE, UnitKind.ORGANISATION_BOARD,
                UnitKind.STANDING_COMMITTEE, UnitKind.INSPECTION_COMMISSION}) {
            assertThat(UnitTreeRules.allowedParents(kind)).as(kind.name())
                    .contains(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.GRASSROOTS)
                    .doesNotContain(UnitKind.BRANCH, UnitKind.MASS_ORGANISATION);
        }
    }

    @Test
    void mass_organisations_sit_beside_every_level_but_not_beside_a_committees_body() {
        assertThat(UnitTreeRules.allowedParents(UnitKind.MASS_ORGANISATION))
                .contains(UnitKind.BRANCH, UnitKind.GRASSROOTS, UnitKind.DISTRICT)
                .doesNotContain(UnitKind.STANDING_COMMITTEE, UnitKind.MASS_ORGANISATION);
    }

    @Test
    void the_central_level_provinces_and_districts_may_head_a_tree() {
        assertThat(UnitTreeRules.mayBeRoot(UnitKind.CENTRAL)).isTrue();
        assertThat(UnitTreeRules.mayBeRoot(UnitKind.PROVINCE)).isTrue();
        assertThat(UnitTreeRules.allowedParents(UnitKind.PROVINCE)).containsExactly(UnitKind.CENTRAL);
        assertThat(UnitTreeRules.mayBeRoot(UnitKind.DISTRICT)).isTrue();
        assertThat(UnitTreeRules.allowedParents(UnitKind.DISTRICT)).containsExactly(UnitKind.PROVINCE);
    }
}
