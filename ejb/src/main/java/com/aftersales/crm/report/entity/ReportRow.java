package com.aftersales.crm.report.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.UnaryOperator;

/** One row of a report section: its dimension (code), the name stored with it, and its value per measure. */
public record ReportRow(int position, String dimension, String label, Map<String, BigDecimal> values) implements Serializable {

    public boolean isTotal() {
        return ReportSection.TOTAL.equals(dimension);
    }

    public BigDecimal value(String measure) {
        return values.get(measure);
    }

    /**
     * The row's name as the page and the workbook show it, in the language of {@code text} (bundle key → text): the
     * total, a provider or product by name and code, codes through the bundle ({@code report.dim.<CODE>}, parts joined
     * by " / "), with the month a service-case row is about.
     */
    public String displayName(ReportSection section, UnaryOperator<String> text) {
        if (isTotal()) {
            return text.apply("report.total");
        }
        if (ReportSection.NONE.equals(dimension)) {
            return text.apply("report.none");
        }
        if (section.dimensionKind() == ReportSection.DimensionKind.NAMED) {
            return label == null ? dimension : label + " (" + dimension + ")";
        }
        StringBuilder name = new StringBuilder();
        for (String part : dimension.split("/")) {
            if (!name.isEmpty()) {
                name.append(" / ");
            }
            name.append(text.apply("report.dim." + part));
        }
        if (label != null) {
            name.append(' ').append(label);
        }
        return name.toString();
    }
}
