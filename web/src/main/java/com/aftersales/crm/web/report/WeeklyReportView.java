package com.aftersales.crm.web.report;

import com.aftersales.crm.report.entity.ReportSummary;
import com.aftersales.crm.report.boundary.WeeklyReports;
import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportTable;
import com.aftersales.crm.report.entity.ReportWeek;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 信息周报: the stored reports by week (latest first); the chosen week's sections as tables; "run now" for any week that
 * is over (information officers, supervisors, administrators); the workbook with the same figures.
 */
@Named
@ViewScoped
public class WeeklyReportView implements Serializable {

    @Inject
    WeeklyReports reports;

    @Getter private List<ReportSummary> summaries;
    @Getter @Setter private String week;
    @Getter @Setter private String runWeek = ReportWeek.containing(LocalDate.now(ReportWeek.BUSINESS_ZONE)).previous().monday().toString();
    @Getter private ReportSummary selected;
    @Getter private List<ReportTable> tables = List.of();

    public void load() {
        summaries = reports.list(104);
        LocalDate chosen = parse(week);
        if (chosen == null && !summaries.isEmpty()) {
            chosen = summaries.get(0).weekStart();
        }
        selected = chosen == null ? null : reports.find(chosen).orElse(null);
        tables = selected == null ? List.of() : reports.tables(selected.weekStart());
        week = selected == null ? week : selected.weekStart().toString();
    }

    public void show(LocalDate monday) {
        week = monday.toString();
        load();
    }

    @Refusals(form = "run", field = "runWeek", label = "report.field.week")
    public void run() {
        LocalDate day = parse(runWeek);
        if (day == null) {
            Messages.fieldError("run:runWeek", "report.field.week", "report.error.date");
            return;
        }
        LocalDate monday = ReportWeek.containing(day).monday();
        long execution = reports.run(monday);
        Messages.info("report.started", monday.toString(), ReportWeek.containing(monday).isoName(), execution);
    }

    /** Reloads the list and the chosen week (after a run has had time to finish). */
    public void refresh() {
        load();
    }

    public String rowName(ReportTable table, ReportRow row) {
        return row.displayName(table.section(), key -> Messages.text(key));
    }

    /** A figure as the page shows it: an integer without decimals, a rate or m² with up to two. */
    public String figure(ReportRow row, String measure) {
        BigDecimal value = row.value(measure);
        return value == null ? "–" : value.stripTrailingZeros().toPlainString();
    }

    public String sectionTitle(ReportSection section) {
        return Messages.text("report.section." + section.name());
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
