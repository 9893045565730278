package vn.mamxanh.audit.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The canonical form of an entry and its SHA-256 hash. The serialisation is fixed here, not left
 * to whatever JSON settings the application has, so an entry hashes the same in ten years.
 */
public final class JournalHashing {

    public static final String GENESIS_HASH = "0".repeat(64);
    /** Keeps any one value of an entry's data small; the journal holds references, not documents. */
    static final int MAX_VALUE_LENGTH = 2000;

    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private JournalHashing() {
    }

    /** The entry's data as canonical JSON: keys sorted, values reduced to text, numbers and booleans. */
    public static String detailsJson(Map<String, ?> details) {
        Map<String, Object> canonical = new TreeMap<>();
        details.forEach((key, value) -> canonical.put(key, canonicalValue(value)));
        return write(canonical);
    }

    private static Object canonicalValue(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            return value;
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new TreeMap<>();
            map.forEach((k, v) -> nested.put(String.valueOf(k), canonicalValue(v)));
            return nested;
        }
        if (value instanceof Iterable<?> items) {
            List<Object> list = new ArrayList<>();
            items.forEach(item -> list.add(canonicalValue(item)));
            return list;
        }
        String text = value.toString();
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }

    public static String hash(JournalEntry e) {
        String canonical = write(Arrays.asList(e.seq(), text(e.recordedAt()), e.caseId(), e.unitId(), e.actor(),
                e.actorRole(), e.action(), e.step(), e.outcome(), text(e.deadline()), e.details(), e.taskId(),
                e.processInstanceId(), e.prevHash()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String write(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise journal entry", e);
        }
    }
}
