package com.aftersales.crm.submission.entity;

import java.io.Serializable;

/**
 * One reason a row (or the file) was not loaded: the row number as the provider sees it (0 = the file as a whole),
 * the column's Chinese header ('' for the row or file as a whole), a bundle key, and the offending value (at most
 * 200 characters, as the problem table keeps). A {@code warning} is a row loaded all the same, with something to check
 * (installed outside the submitted week).
 */
public record RowProblem(int rowNo, String column, String reasonKey, String value, boolean warning) implements Serializable {

    public static final int MAX_VALUE = 200;

    /** A reason the row was not loaded. */
    public RowProblem(int rowNo, String column, String reasonKey, String value) {
        this(rowNo, column, reasonKey, value, false);
    }

    public RowProblem {
        column = column == null ? "" : column;
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE);
        }
    }

    public static RowProblem ofFile(String reasonKey, String value) {
        return new RowProblem(0, "", reasonKey, value);
    }
}
