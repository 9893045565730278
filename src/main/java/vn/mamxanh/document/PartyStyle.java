package vn.mamxanh.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import vn.mamxanh.organisation.Unit;

/**
 * How party documents write names, places, dates and shares (the presentation rules of the Party
 * Central Office's guidance on party documents): the organisation in capitals above the issuing
 * body, "An Hòa, ngày 05 tháng 3 năm 2026" with a leading zero for days below 10 and for January
 * and February, shares to two decimals with a decimal comma.
 */
final class PartyStyle {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final List<String> BODY_WORDS = List.of("Đảng ủy xã", "Đảng ủy phường", "Đảng ủy thị trấn",
            "Đảng ủy đặc khu", "Đảng ủy", "Chi bộ thôn", "Chi bộ ấp", "Chi bộ khu phố", "Chi bộ tổ dân phố", "Chi bộ",
            "Huyện ủy", "Thị ủy", "Thành ủy", "Tỉnh ủy", "Ban Thường vụ Huyện ủy", "Ban Thường vụ Tỉnh ủy");

    private PartyStyle() {
    }

    static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    /** The party organisation a committee leads: "Đảng ủy xã An Hòa" → "Đảng bộ xã An Hòa", "Huyện ủy Thanh Bình" → "Đảng bộ huyện Thanh Bình". */
    static String organisationOf(Unit unit) {
        String name = unit.name();
        if (name.startsWith("Đảng ủy ")) {
            return "Đảng bộ " + name.substring("Đảng ủy ".length());
        }
        for (String[] committee : new String[][]{{"Huyện ủy ", "huyện "}, {"Tỉnh ủy ", "tỉnh "}, {"Thị ủy ", "thị xã "},
                {"Thành ủy ", "thành phố "}}) {
            if (name.startsWith(committee[0])) {
                return "Đảng bộ " + committee[1] + name.substring(committee[0].length());
            }
        }
        return name;
    }

    /** The place a unit writes in its date line: its name without the words that say what kind of body it is. */
    static String placeOf(Unit unit) {
        String name = unit.name();
        for (String words : BODY_WORDS) {
            if (name.startsWith(words + " ")) {
                return name.substring(words.length() + 1).trim();
            }
        }
        return name;
    }

    /** "ngày 05 tháng 3 năm 2026" */
    static String longDate(LocalDate day) {
        if (day == null) {
            return "ngày ..... tháng ..... năm .........";
        }
        String dd = day.getDayOfMonth() < 10 ? "0" + day.getDayOfMonth() : String.valueOf(day.getDayOfMonth());
        String mm = day.getMonthValue() < 3 ? "0" + day.getMonthValue() : String.valueOf(day.getMonthValue());
        return "ngày " + dd + " tháng " + mm + " năm " + day.getYear();
    }

    /** "An Hòa, ngày 05 tháng 3 năm 2026" */
    static String placeAndDate(Unit unit, LocalDate day) {
        return placeOf(unit) + ", " + longDate(day);
    }

    /** "17/08/2001" */
    static String shortDate(LocalDate day) {
        return day == null ? "" : String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** "83,33 %" of {@code part} in {@code whole}. */
    static String share(int part, int whole) {
        if (whole <= 0) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP)) + " %";
    }
}
