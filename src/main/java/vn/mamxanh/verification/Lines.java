package vn.mamxanh.verification;

import java.util.Arrays;
import java.util.List;

import vn.mamxanh.web.RuleViolationException;

/** Lists typed into a text area, one entry per line, parts separated by "|". */
final class Lines {

    private Lines() {
    }

    static List<String[]> parse(String text, String field, int parts, String format) {
        List<String[]> rows = text.lines().map(String::trim).filter(line -> !line.isEmpty())
                .map(line -> Arrays.stream(line.split("\\|")).map(String::trim).toArray(String[]::new))
                .toList();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            if (row.length != parts || Arrays.stream(row).anyMatch(String::isEmpty)) {
                throw RuleViolationException.invalidField(field,
                        "Dòng " + (i + 1) + " không đúng định dạng \"" + format + "\".");
            }
        }
        return rows;
    }
}
