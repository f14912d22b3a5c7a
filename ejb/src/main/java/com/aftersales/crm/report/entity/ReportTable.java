package com.aftersales.crm.report.entity;

import java.io.Serializable;
import java.util.List;

/** A section of a stored weekly report, as a table: its measures as columns, its rows in report order. */
public record ReportTable(ReportSection section, List<ReportRow> rows) implements Serializable {

    public List<String> measures() {
        return section.measures();
    }
}
