package vn.mamxanh.audit.engine;

import java.time.Instant;

import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;

/** A process variable's value as an auditor reads it; objects and files are named, not copied. */
final class VariableText {

    private VariableText() {
    }

    static Object of(HistoricVariableUpdateEventEntity e) {
        String type = e.getSerializerName() == null ? "null" : e.getSerializerName();
        return switch (type) {
            case "null" -> null;
            case "boolean" -> e.getLongValue() == null ? null : e.getLongValue() == 1L;
            case "integer", "short", "long" -> e.getLongValue();
            case "double" -> e.getDoubleValue();
            case "date" -> e.getLongValue() == null ? null : Instant.ofEpochMilli(e.getLongValue()).toString();
            case "string" -> e.getTextValue();
            default -> e.getTextValue() != null ? e.getTextValue() : "(" + type + ")";
        };
    }
}
