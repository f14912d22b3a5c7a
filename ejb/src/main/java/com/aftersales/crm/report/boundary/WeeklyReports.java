package com.aftersales.crm.report.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.JobRuns;
import com.aftersales.crm.report.control.WeeklyReportStore;
import com.aftersales.crm.report.control.WeeklyWorkbook;
import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportSummary;
import com.aftersales.crm.report.entity.ReportTable;
import com.aftersales.crm.report.entity.ReportWeek;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * 信息周报 for the information officers, supervisors, management (read) and administrators: the stored reports by
 * week, a report's sections as tables, the same figures as an Excel workbook; information officers, supervisors and
 * administrators run the report job for any week that is over (a re-run replaces the week's report).
 */
@Stateless
@Secured(Duty.REPORTS)
public class WeeklyReports {

    @Inject
    WeeklyReportStore reports;

    @Inject
    JobRuns jobs;

    @Inject
    Caller caller;

    @Inject
    WeeklyWorkbook workbook;

    @Inject
    Clock clock;

    /** Stored reports, latest week first. */
    public List<ReportSummary> list(int max) {
        return reports.list(Math.max(1, Math.min(max, 520)));
    }

    /** The stored report of the week holding this day, if any. */
    public Optional<ReportSummary> find(@NotNull LocalDate day) {
        return reports.find(ReportWeek.containing(day).monday());
    }

    /** The report's sections, in the report's order, each with its rows in order (the total last). */
    public List<ReportTable> tables(@NotNull LocalDate day) {
        ReportSummary report = find(day).orElseThrow(() -> new NotFound("weekly report " + day));
        Map<ReportSection, Map<String, WeeklyReportStore.Figure>> rows = new EnumMap<>(ReportSection.class);
        Map<ReportSection, Map<String, Map<String, BigDecimal>>> values = new EnumMap<>(ReportSection.class);
        for (WeeklyReportStore.Figure f : reports.figures(report.id())) {
            rows.computeIfAbsent(f.section(), s -> new LinkedHashMap<>()).putIfAbsent(f.dimension(), f);
            values.computeIfAbsent(f.section(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(f.dimension(), d -> new LinkedHashMap<>()).put(f.measure(), f.value());
        }
        List<ReportTable> tables = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            List<ReportRow> sectionRows = rows.getOrDefault(section, Map.of()).values().stream()
                    .map(f -> new ReportRow(f.position(), f.dimension(), f.label(), values.get(section).get(f.dimension())))
                    .sorted(java.util.Comparator.comparingInt(ReportRow::position))
                    .toList();
            tables.add(new ReportTable(section, sectionRows));
        }
        return tables;
    }

    /**
     * The report as an .xlsx workbook, one sheet per section, the same figures as {@link #tables}.
     *
     * @param texts the reader's bundle (report.* keys → text)
     */
    public byte[] workbook(@NotNull LocalDate day, @NotNull Map<String, String> texts) {
        ReportWeek week = ReportWeek.containing(day);
        List<ReportTable> tables = tables(day);
        String title = texts.getOrDefault("report.title", "") + " " + week.isoName() + " (" + week.monday() + " – "
                + week.sunday() + ")";
        return workbook.write(title, tables, key -> texts.getOrDefault(key, key));
    }

    /** Runs the report job now for the week holding this day (it must be over). @return the job execution id */
    @Secured(Duty.INFORMATION_DESK)
    public long run(@NotNull LocalDate day) {
        ReportWeek week = ReportWeek.containing(day);
        if (!week.isOverAt(clock.instant())) {
            throw new InvalidInput("week", "report.error.weekNotOver");
        }
        Properties parameters = new Properties();
        parameters.setProperty("week", week.monday().toString());
        parameters.setProperty("requestedBy", caller.require().username());
        return jobs.start(WeeklyReportGeneration.JOB, parameters);
    }

    /** Where a run stands (STARTING … COMPLETED, FAILED). */
    public String runStatus(long executionId) {
        return jobs.status(executionId);
    }
}
