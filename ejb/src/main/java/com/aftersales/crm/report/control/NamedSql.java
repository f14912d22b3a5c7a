package com.aftersales.crm.report.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement written with named parameters ({@code :t0}) turned into a JDBC one: each name becomes a typed
 * {@code cast(? as …)} and its value is bound where it stands, so the planner sees the real values (a week's range on
 * an index), not a row of a CTE it cannot estimate.
 */
public record NamedSql(String sql, List<Object> parameters) {

    private static final Pattern NAME = Pattern.compile("(?<![:\\w]):([a-z][a-z0-9_]*)");

    /** @param values value and SQL type of each name */
    public static NamedSql of(String text, Map<String, Typed> values) {
        Matcher names = NAME.matcher(text);
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        while (names.find()) {
            Typed value = values.get(names.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for :" + names.group(1));
            }
            names.appendReplacement(sql, "cast(? as " + value.sqlType() + ")");
            parameters.add(value.value());
        }
        names.appendTail(sql);
        return new NamedSql(sql.toString(), List.copyOf(parameters));
    }

    /** A parameter's value and the SQL type it is cast to. */
    public record Typed(Object value, String sqlType) {
    }
}
