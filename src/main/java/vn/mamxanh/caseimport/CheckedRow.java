package vn.mamxanh.caseimport;

import java.util.List;

/**
 * A row of the upload after the checks: importable ({@code candidate} set, no errors), refused with its
 * errors in Vietnamese, or already in the system ({@code existingCaseId}), which is skipped so that
 * uploading the same file twice brings in nothing new.
 */
public record CheckedRow(SheetRow row, ImportedCandidate candidate, List<String> errors, String existingCaseId) {

    public boolean importable() {
        return candidate != null && errors.isEmpty() && existingCaseId == null;
    }

    public boolean alreadyImported() {
        return existingCaseId != null;
    }

    public int number() {
        return row.number();
    }

    public String cell(String column) {
        return row.get(ImportColumn.valueOf(column));
    }
}
