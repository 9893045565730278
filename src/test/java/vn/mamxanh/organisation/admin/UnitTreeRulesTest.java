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
    void the_district_bodies_and_grassroots_organisations_sit_under_a_district() {
        for (UnitKind kind : new UnitKind[] {UnitKind.GRASSROOTS, UnitKind.POLITICAL_CENTRE, UnitKind.ORGANISATION_BOARD,
                UnitKind.STANDING_COMMITTEE, UnitKind.INSPECTION_COMMISSION}) {
            assertThat(UnitTreeRules.allowedParents(kind)).as(kind.name()).containsExactly(UnitKind.DISTRICT);
        }
    }

    @Test
    void mass_organisations_sit_beside_every_level_but_a_district_body() {
        assertThat(UnitTreeRules.allowedParents(UnitKind.MASS_ORGANISATION))
                .contains(UnitKind.BRANCH, UnitKind.GRASSROOTS, UnitKind.DISTRICT)
                .doesNotContain(UnitKind.STANDING_COMMITTEE, UnitKind.MASS_ORGANISATION);
    }

    @Test
    void provinces_and_districts_may_head_a_tree() {
        assertThat(UnitTreeRules.mayBeRoot(UnitKind.PROVINCE)).isTrue();
        assertThat(UnitTreeRules.mayBeRoot(UnitKind.DISTRICT)).isTrue();
        assertThat(UnitTreeRules.allowedParents(UnitKind.DISTRICT)).containsExactly(UnitKind.PROVINCE);
    }
}
