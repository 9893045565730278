package vn.mamxanh.organisation;

/**
 * The competent committee of a branch's cases (cấp ủy có thẩm quyền, 294-QĐ/TW §4.3.2): the level
 * that decides admission and recognition, the body there that decides, and the body that appraises
 * for it. Where a grassroots committee is authorised to admit, it is that committee, deciding as a
 * whole after its own appraisal; otherwise the standing committee of the committee above it, after
 * that committee's organisation (party-building) board's appraisal.
 */
public record CompetentCommittee(Unit level, Unit decides, Unit appraises) {

    /** The whole grassroots committee decides, so its decision is a vote counted against all its members (R08). */
    public boolean wholeCommitteeDecides() {
        return decides.kind() == UnitKind.GRASSROOTS;
    }

    public String decidingGroup() {
        return OrganisationDirectory.actingGroup(decides);
    }

    public String appraisingGroup() {
        return OrganisationDirectory.actingGroup(appraises);
    }
}
