package vn.mamxanh.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/** Reads the cells of one table of a page, as a person would read them. */
public final class HtmlTables {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

    private HtmlTables() {
    }

    /** Rows of the first table inside the element with the given id, header row included. */
    public static List<List<String>> rows(String html, String containerId) {
        int start = html.indexOf("id=\"" + containerId + "\"");
        if (start < 0) {
            throw new IllegalArgumentException("No element " + containerId);
        }
        int end = html.indexOf("</table>", start);
        String table = html.substring(start, end);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "")).replaceAll("\\s+", " ").trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The row whose first cell is the given text. */
    public static List<String> row(String html, String containerId, String firstCell) {
        return rows(html, containerId).stream().filter(cells -> !cells.isEmpty() && cells.get(0).equals(firstCell))
                .findFirst().orElseThrow(() -> new AssertionError("No row '" + firstCell + "' in " + containerId));
    }

    public static String csrfToken(String html) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return token.group(1);
    }
}
