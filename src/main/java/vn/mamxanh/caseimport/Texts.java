package vn.mamxanh.caseimport;

import java.text.Normalizer;
import java.util.Locale;

/** Comparing what people type in a sheet: case, spacing and the form of the diacritics do not matter. */
final class Texts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Texts() {
    }

    static String key(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).trim()
                .replaceAll("\\s+", " ").toLowerCase(VIETNAMESE);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
