package com.aftersales.crm.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading the values a native query returns (the driver's types vary with the column type). */
public final class SqlValues {

    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }

    /**
     * A filter typed in a list's search field as a {@code like} pattern matching it anywhere, its own {@code %} and
     * {@code _} taken literally; null when nothing was typed (the query then ignores the filter).
     */
    public static String containsPattern(String filter) {
        return filter == null || filter.isBlank() ? null
                : "%" + filter.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private SqlValues() {
    }

    /** The column a list sorts by: the one named, if it is sortable, else the default (a null name too). */
    public static String sortColumn(java.util.Map<String, String> sortable, String field, String fallback) {
        return field == null ? fallback : sortable.getOrDefault(field, fallback);
    }

    /** Binds positional parameters, in order, to a native query built with a growing list of them. */
    public static jakarta.persistence.Query bind(jakarta.persistence.Query query, java.util.List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * A PostgreSQL array literal of the values' text ({@code {"a","b \"c\"",NULL}}), to bind as one parameter and
     * {@code cast(? as text[])} — many rows in one statement (with {@code unnest}) instead of a statement per row.
     */
    public static String arrayLiteral(java.util.Collection<?> values) {
        StringBuilder text = new StringBuilder(values.size() * 12 + 2).append('{');
        for (Object value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            if (value == null) {
                text.append("NULL");
            } else {
                text.append('"');
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '"' || c == '\\') {
                        text.append('\\');
                    }
                    text.append(c);
                }
                text.append('"');
            }
        }
        return text.append('}').toString();
    }
}
