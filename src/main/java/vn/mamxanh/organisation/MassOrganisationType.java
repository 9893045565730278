package vn.mamxanh.organisation;

/** The mass organisations (đoàn thể) that may introduce a candidate. */
public enum MassOrganisationType {
    /** Đoàn TNCS Hồ Chí Minh */
    YOUTH_UNION,
    /** Công đoàn */
    TRADE_UNION,
    /** Hội Liên hiệp Phụ nữ */
    WOMENS_UNION,
    /** Hội Nông dân */
    FARMERS_UNION,
    /** Hội Cựu chiến binh */
    VETERANS,
    /** Mặt trận Tổ quốc */
    FATHERLAND_FRONT
}
