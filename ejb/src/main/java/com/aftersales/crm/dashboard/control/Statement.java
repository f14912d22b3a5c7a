package com.aftersales.crm.dashboard.control;

import java.util.ArrayList;
import java.util.List;

/** A native statement grown piece by piece with its positional parameters in the order they appear. */
final class Statement {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    Statement append(String sql, Object... values) {
        text.append(sql).append('\n');
        parameters.addAll(List.of(values));
        return this;
    }

    Statement and(String condition, Object value) {
        return value == null ? this : append(" and " + condition, value);
    }

    Statement append(Statement other) {
        text.append(other.text);
        parameters.addAll(other.parameters);
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Object> parameters() {
        return parameters;
    }
}
