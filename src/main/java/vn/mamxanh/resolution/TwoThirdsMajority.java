package vn.mamxanh.resolution;

/**
 * A resolution passes with at least two thirds of all who are entitled to vote in favour:
 * the official members of a branch (R07, R13) or the members of a committee (R08) — counted
 * against everyone entitled, not against those present.
 */
public final class TwoThirdsMajority {

    private TwoThirdsMajority() {
    }

    public static boolean passes(long inFavour, long entitled) {
        if (entitled <= 0 || inFavour < 0 || inFavour > entitled) {
            return false;
        }
        // 3 * inFavour >= 2 * entitled, in integers: no rounding at the boundary.
        return 3 * inFavour >= 2 * entitled;
    }

    /** The smallest number in favour that passes, for messages ("cần ít nhất 4/6"). */
    public static long needed(long entitled) {
        return (2 * entitled + 2) / 3;
    }
}
