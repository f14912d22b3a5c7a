package com.aftersales.crm.platform.control;

import com.aftersales.crm.shared.SqlValues;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * One row of a native query, read by column position with the conversions the driver's types need, so that a
 * control class maps a row to its record in one expression instead of casting {@code Object[]} cells by hand.
 */
public record Row(Object[] cells) {

    /** A result row as the query returned it: an {@code Object[]}, or the one value of a single-column query. */
    public static Row of(Object result) {
        return new Row(result instanceof Object[] array ? array : new Object[] {result});
    }

    /** Every row of a result list, each mapped to its record. */
    public static <T> List<T> map(List<?> results, Function<Row, T> mapper) {
        return results.stream().map(r -> mapper.apply(of(r))).toList();
    }

    public Object get(int column) {
        return cells[column];
    }

    public boolean isNull(int column) {
        return cells[column] == null;
    }

    public long longValue(int column) {
        return ((Number) cells[column]).longValue();
    }

    public Long longOrNull(int column) {
        return cells[column] == null ? null : ((Number) cells[column]).longValue();
    }

    public int intValue(int column) {
        return ((Number) cells[column]).intValue();
    }

    public Integer intOrNull(int column) {
        return cells[column] == null ? null : ((Number) cells[column]).intValue();
    }

    public double doubleValue(int column) {
        return ((Number) cells[column]).doubleValue();
    }

    public String text(int column) {
        return cells[column] == null ? null : cells[column].toString();
    }

    public boolean bool(int column) {
        return Boolean.TRUE.equals(cells[column]);
    }

    public BigDecimal decimal(int column) {
        Object value = cells[column];
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        return new BigDecimal(value.toString());
    }

    public Instant instant(int column) {
        return cells[column] == null ? null : SqlValues.instant(cells[column]);
    }

    public LocalDate date(int column) {
        Object value = cells[column];
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    public <E extends Enum<E>> E enumValue(int column, Class<E> type) {
        return cells[column] == null ? null : Enum.valueOf(type, cells[column].toString());
    }
}
