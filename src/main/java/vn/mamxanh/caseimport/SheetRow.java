package vn.mamxanh.caseimport;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

/** One filled-in row of the sheet as typed, by column; {@code number} is the row number Excel shows. */
public record SheetRow(int number, Map<ImportColumn, String> cells) implements Serializable {

    public SheetRow {
        EnumMap<ImportColumn, String> copy = new EnumMap<>(ImportColumn.class);
        copy.putAll(cells);
        cells = copy;
    }

    public String get(ImportColumn column) {
        String value = cells.get(column);
        return value == null ? "" : value.trim();
    }
}
