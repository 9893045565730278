package vn.mamxanh.organisation;

/**
 * The kinds of party organisation and the bodies beside them (DOMAIN.md §1). The kinds say what a
 * unit is, never which level it sits at: the same kinds make today's two-level tree (province →
 * commune/ward committee → branch), the older three-level one (province → district → grassroots →
 * branch) and any other depth. Who owns a step is found by {@link UnitFunction}, not by kind.
 */
public enum UnitKind {
    /** Trung ương: the top of a tree that reaches above the provinces */
    CENTRAL,
    /** tỉnh ủy / thành ủy */
    PROVINCE,
    /** huyện ủy / thị ủy / quận ủy: the level abolished on 1 July 2025, kept for older trees and history */
    DISTRICT,
    /** đảng ủy cơ sở: commune, ward, special zone, agency or enterprise party committee */
    GRASSROOTS,
    /** chi bộ */
    BRANCH,
    /** trung tâm chính trị, trường chính trị */
    POLITICAL_CENTRE,
    /** ban tổ chức, ban xây dựng Đảng */
    ORGANISATION_BOARD,
    /** ban thường vụ */
    STANDING_COMMITTEE,
    /** ủy ban kiểm tra */
    INSPECTION_COMMISSION,
    /** đoàn thể */
    MASS_ORGANISATION;

    /** A party organisation (it has members or committees below it), as opposed to a body beside one. */
    public boolean isPartyOrganisation() {
        return this == CENTRAL || this == PROVINCE || this == DISTRICT || this == GRASSROOTS || this == BRANCH;
    }

    /** A body that works for the party committee it sits under (centre, board, standing committee, commission). */
    public boolean isCommitteeBody() {
        return this == POLITICAL_CENTRE || this == ORGANISATION_BOARD || this == STANDING_COMMITTEE
                || this == INSPECTION_COMMISSION;
    }
}
