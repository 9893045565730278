package vn.mamxanh.verification;

/** Who introduces the candidate for admission (R04). */
public enum IntroductionRoute {
    /** two official members (3-KNĐ) */
    TWO_MEMBERS,
    /** the Youth Union grassroots executive committee's resolution (4-KNĐ) and one official member */
    YOUTH_UNION,
    /** the Trade Union's resolution and one official member, for a candidate past youth age */
    TRADE_UNION
}
