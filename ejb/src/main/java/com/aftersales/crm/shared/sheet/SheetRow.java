package com.aftersales.crm.shared.sheet;

import java.util.List;

/**
 * One non-blank row and its number as the provider sees it: the spreadsheet's row number for xlsx (the header is
 * row 1), the record's ordinal for csv (the header record is 1).
 */
public record SheetRow(int rowNo, List<SheetCell> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell in this (0-based) column; BLANK beyond the last cell given. */
    public SheetCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : SheetCell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
