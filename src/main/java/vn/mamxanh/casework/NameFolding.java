package vn.mamxanh.casework;

import java.text.Normalizer;

/**
 * Names are searched as people type them: with or without diacritics, in any case, precomposed
 * (NFC) or decomposed (NFD). Both sides are folded to plain lower-case letters; the database side
 * with {@code translate}, which H2 and PostgreSQL both have and which needs no extension or locale.
 * PostgreSQL drops the combining marks of a name stored decomposed; H2 (the demo database) keeps
 * them, which matters only for names stored before input was normalised to NFC.
 */
final class NameFolding {

    private static final String VIETNAMESE = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    /** Combining marks an NFD-stored name carries: grave, acute, tilde, hook, dot below, breve, circumflex, horn. */
    private static final String MARKS = "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B";

    /** Accented letters, both cases, then the combining marks, which have no counterpart and are dropped. */
    static final String FROM;
    static final String TO;

    static {
        String upper = VIETNAMESE.toUpperCase(java.util.Locale.ROOT);
        FROM = VIETNAMESE + upper + MARKS;
        TO = plain(VIETNAMESE) + plain(upper);
    }

    private NameFolding() {
    }

    /** The SQL expression of a column folded the same way as {@link #fold}. */
    static String sql(String column) {
        return "lower(translate(" + column + ", :foldFrom, :foldTo))";
    }

    static String fold(String text) {
        return plain(text).toLowerCase(java.util.Locale.ROOT);
    }

    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }
}
