package com.aftersales.crm.web.chargeback;

import com.aftersales.crm.chargeback.entity.CostDimension;
import com.aftersales.crm.chargeback.entity.CostFigure;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import com.aftersales.crm.shared.InvalidInput;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** The cost report's words, the same on the page and in the workbook. */
final class CostReportTexts {

    static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "chargeback.error.month");
        }
    }

    static String label(CostDimension dimension, CostFigure figure, Function<String, String> text) {
        String group = figure.group() == null ? "" : figure.group();
        return switch (dimension) {
            case RESPONSIBILITY -> text.apply("case.responsibility." + group);
            case PARTY -> {
                int colon = group.indexOf(':');
                String party = colon < 0 ? group : group.substring(0, colon);
                yield text.apply("chargeback.party." + party) + (colon < 0 ? "" : " " + group.substring(colon + 1));
            }
            case PRODUCT -> group.isBlank() ? text.apply("chargeback.report.noProduct") : group;
            case MONTH -> group;
        };
    }

    static ExportTable table(CostDimension dimension, YearMonth from, YearMonth to, List<CostFigure> figures,
                             Function<String, String> text) {
        List<List<String>> rows = figures.stream().map(f -> List.of(label(dimension, f, text),
                Long.toString(f.cases()), f.amount().toPlainString())).toList();
        return new ExportTable(text.apply("chargeback.report.title"),
                text.apply("chargeback.report.dimension." + dimension.name()) + " · " + from + " – " + to,
                List.of(text.apply("chargeback.report.dimension." + dimension.name()), text.apply("chargeback.report.cases"),
                        text.apply("chargeback.report.amount")), rows);
    }

    private CostReportTexts() {
    }
}
