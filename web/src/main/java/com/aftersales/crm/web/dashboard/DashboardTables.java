package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.dashboard.boundary.CoverageRow;
import com.aftersales.crm.dashboard.boundary.Dashboard;
import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.boundary.ExportTable;
import com.aftersales.crm.dashboard.boundary.Figure;
import com.aftersales.crm.dashboard.boundary.ProviderRank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A view as a table in the reader's language, for its export: the same figures the page shows, from the same
 * boundary calls.
 */
final class DashboardTables {

    private final Dashboard dashboard;
    private final Function<String, String> msg;

    DashboardTables(Dashboard dashboard, Function<String, String> msg) {
        this.dashboard = dashboard;
        this.msg = msg;
    }

    ExportTable table(DashboardRequest request) {
        DashboardFilter f = request.filter();
        String title = msg.apply("dashboard.tab." + request.tab().name());
        List<List<String>> rows = new ArrayList<>();
        List<String> headers;
        switch (request.tab()) {
            case TREND -> {
                headers = headers("dashboard.col.month", "dashboard.col.answered", "dashboard.col.satisfied", "dashboard.col.rate");
                dashboard.satisfactionTrend(f).forEach(x -> rows.add(row(x.label(), x.total(), x.hits(), x.percent())));
            }
            case BREAKDOWN -> {
                title = title + " · " + msg.apply("dashboard.by." + request.by().name());
                headers = headers("dashboard.by." + request.by().name(), "dashboard.col.answered", "dashboard.col.satisfied",
                        "dashboard.col.rate");
                dashboard.satisfaction(f, request.by()).forEach(x -> rows.add(row(x.label(), x.total(), x.hits(), x.percent())));
            }
            case FOLLOW_UPS -> {
                headers = headers("dashboard.col.kind", "dashboard.col.due", "dashboard.col.reached", "dashboard.col.onTime",
                        "dashboard.col.coverage", "dashboard.col.timeliness");
                for (CoverageRow x : dashboard.followUpCoverage(f)) {
                    rows.add(row(msg.apply("followup.kind." + x.kind()), x.due(), x.reached(), x.onTime(), x.coverage(),
                            x.timeliness()));
                }
            }
            case SLA -> {
                headers = headers("dashboard.col.clock", "dashboard.col.clocks", "dashboard.col.met", "dashboard.col.rate");
                dashboard.slaCompliance(f).forEach(x -> rows.add(row(msg.apply("dashboard.clock." + x.key()), x.total(),
                        x.hits(), x.percent())));
            }
            case COMPLAINTS -> {
                headers = headers("dashboard.col.month", "dashboard.col.installations", "dashboard.col.complaints",
                        "dashboard.col.perThousand");
                dashboard.complaintRate(f).forEach(x -> rows.add(row(x.label(), x.total(), x.hits(), x.perThousand())));
            }
            case RESPONSIBILITY -> {
                headers = headers("dashboard.col.responsibility", "dashboard.col.cases", "dashboard.col.share");
                dashboard.responsibilityMix(f).forEach(x -> rows.add(row(msg.apply("case.responsibility." + x.key()),
                        x.hits(), x.percent())));
            }
            case INFORMATION -> {
                headers = headers("dashboard.col.category", "dashboard.col.items", "dashboard.col.onTime", "dashboard.col.rate");
                dashboard.informationTimeliness(f).forEach(x -> rows.add(row(msg.apply("information.category." + x.key()),
                        x.total(), x.hits(), x.percent())));
            }
            case CASE_STUDIES -> {
                headers = headers("dashboard.col.month", "dashboard.col.providers", "dashboard.col.compliant", "dashboard.col.rate");
                dashboard.caseStudyCompliance(f).forEach(x -> rows.add(row(x.label(), x.total(), x.hits(), x.percent())));
            }
            case RANKING -> {
                headers = headers("dashboard.col.rank", "dashboard.col.providerCode", "dashboard.col.provider",
                        "dashboard.col.answered", "dashboard.col.rate", "dashboard.col.clocks", "dashboard.col.slaRate",
                        "dashboard.col.complaints");
                for (ProviderRank x : dashboard.providerRanking(f)) {
                    rows.add(row(x.rank(), x.code(), x.name(), x.surveys(), x.satisfaction(), x.clocks(), x.slaCompliance(),
                            x.complaints()));
                }
            }
            default -> throw new IllegalArgumentException(request.tab().name());
        }
        return new ExportTable(title, subtitle(f), headers, rows);
    }

    String subtitle(DashboardFilter f) {
        StringBuilder s = new StringBuilder(msg.apply("dashboard.filter.period")).append(": ")
                .append(f.period().from()).append(" – ").append(f.period().to().minusDays(1));
        if (f.region() != null) {
            s.append("  ").append(msg.apply("dashboard.filter.region")).append(": ").append(f.region());
        }
        if (f.brand() != null) {
            s.append("  ").append(msg.apply("dashboard.filter.brand")).append(": ").append(f.brand());
        }
        if (f.productLine() != null) {
            s.append("  ").append(msg.apply("dashboard.filter.productLine")).append(": ").append(f.productLine());
        }
        return s.toString();
    }

    private List<String> headers(String... keys) {
        return java.util.Arrays.stream(keys).map(msg).toList();
    }

    private static List<String> row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell instanceof BigDecimal d ? d.toPlainString() : cell.toString());
        }
        return row;
    }
}
