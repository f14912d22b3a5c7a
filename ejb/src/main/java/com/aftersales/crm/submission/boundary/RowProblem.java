package com.aftersales.crm.submission.boundary;

import java.io.Serializable;

/**
 * One reason a row (or the file) was not loaded: the row number as the provider sees it (0 = the file as a whole),
 * the column's Chinese header ('' for the row or file as a whole), a bundle key, and the offending value (at most
 * 200 characters, as the problem table keeps).
 */
public record RowProblem(int rowNo, String column, String reasonKey, String value) implements Serializable {

    public static final int MAX_VALUE = 200;

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
