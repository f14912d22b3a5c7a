package com.aftersales.crm.shared.sheet;

import java.time.LocalDate;

/**
 * One cell as text, with what kind of cell it was. Numbers come as exact plain text ({@code 13812345678}, {@code 12.5},
 * never {@code 1.3812345678E10} or a display format's rounding); a date cell (a number with a date format) as
 * {@code yyyy-MM-dd} with its {@link #date()}; a formula as its cached value ({@code null} when the file has none);
 * a boolean as {@code TRUE}/{@code FALSE}; an error as Excel shows it ({@code #DIV/0!}). CSV cells are TEXT or BLANK.
 */
public record SheetCell(String text, Kind kind, LocalDate date) {

    /** What the cell held. */
    public enum Kind { TEXT, NUMBER, DATE, FORMULA, BOOLEAN, ERROR, BLANK }

    public static final SheetCell BLANK = new SheetCell("", Kind.BLANK, null);

    public static SheetCell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new SheetCell(text, Kind.TEXT, null);
    }

    /** Nothing in it but white space (or a formula without a cached value). */
    public boolean isBlank() {
        return text == null || text.isBlank();
    }
}
