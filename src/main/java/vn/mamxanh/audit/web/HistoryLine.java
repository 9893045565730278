package vn.mamxanh.audit.web;

import java.util.List;

/**
 * One journal entry as the inspection commission reads it, the same on the page, in the JSON, in
 * the CSV and in the PDF. {@code details} is the stored data verbatim ("key: value; …", for the
 * record and the exports); {@code fields} is the same data labelled in Vietnamese for reading.
 */
public record HistoryLine(
        long seq,
        String time,
        String recordedAt,
        String caseId,
        String actor,
        String actorName,
        String role,
        String roleLabel,
        String unitId,
        String unitName,
        String action,
        String actionLabel,
        String step,
        String outcome,
        String deadline,
        boolean afterDeadline,
        String details,
        String hash,
        String outcomeLabel,
        List<ReadableDetails.Field> fields) {
}
