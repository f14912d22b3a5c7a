package com.aftersales.crm.submission.entity;

import java.util.List;

/** One spreadsheet row as parsed: the archive it describes, or its problems (never both). */
public record ParsedRow(ArchiveRow row, List<RowProblem> problems) {

    public ParsedRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return row != null;
    }
}
