package com.aftersales.crm.shared;

import java.util.List;

/**
 * A native statement and its positional parameters, in order: what a read model runs, exposed where the benchmarks'
 * plain-JDBC baseline runs the very same text.
 */
public record SqlStatement(String sql, List<Object> parameters) {

    public SqlStatement {
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));   // nulls allowed
    }
}
