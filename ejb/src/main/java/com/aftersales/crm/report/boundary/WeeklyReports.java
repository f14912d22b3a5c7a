package com.aftersales.crm.report.boundary;

import com.aftersales.crm.platform.JobRuns;
import com.aftersales.crm.report.control.WeeklyWorkbook;
import com.aftersales.crm.report.entity.ReportRow;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportTable;
import com.aftersales.crm.report.entity.ReportWeek;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.sql.Date;
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
@Secured({Role.INFO_OFFICER, Role.SUPERVISOR, Role.MANAGER, Role.ADMIN})
public class WeeklyReports {

    @PersistenceContext
    EntityManager em;

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, week_start, generated_at, generated_by, job_execution_id, runs
                        from weekly_report order by week_start desc limit ?""")
                .setParameter(1, Math.max(1, Math.min(max, 520))).getResultList();
        return rows.stream().map(WeeklyReports::summary).toList();
    }

    /** The stored report of the week holding this day, if any. */
    public Optional<ReportSummary> find(@NotNull LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, week_start, generated_at, generated_by, job_execution_id, runs
                        from weekly_report where week_start = ?""")
                .setParameter(1, Date.valueOf(ReportWeek.containing(day).monday())).getResultList();
        return rows.stream().findFirst().map(WeeklyReports::summary);
    }

    /** The report's sections, in the report's order, each with its rows in order (the total last). */
    public List<ReportTable> tables(@NotNull LocalDate day) {
        ReportSummary report = find(day).orElseThrow(() -> new NotFound("weekly report " + day));
        @SuppressWarnings("unchecked")
        List<Object[]> figures = em.createNativeQuery("""
                        select section, position, dimension, label, measure, value
                        from weekly_report_figure where report_id = ? order by section, position, dimension""")
                .setParameter(1, report.id()).getResultList();
        Map<ReportSection, Map<String, Object[]>> rows = new EnumMap<>(ReportSection.class);
        Map<ReportSection, Map<String, Map<String, BigDecimal>>> values = new EnumMap<>(ReportSection.class);
        for (Object[] f : figures) {
            ReportSection section = ReportSection.valueOf((String) f[0]);
            String dimension = (String) f[2];
            rows.computeIfAbsent(section, s -> new LinkedHashMap<>()).putIfAbsent(dimension, f);
            values.computeIfAbsent(section, s -> new LinkedHashMap<>()).computeIfAbsent(dimension, d -> new LinkedHashMap<>())
                    .put((String) f[4], (BigDecimal) f[5]);
        }
        List<ReportTable> tables = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            List<ReportRow> sectionRows = rows.getOrDefault(section, Map.of()).values().stream()
                    .map(f -> new ReportRow(((Number) f[1]).intValue(), (String) f[2], (String) f[3],
                            values.get(section).get((String) f[2])))
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
    @Secured({Role.INFO_OFFICER, Role.SUPERVISOR, Role.ADMIN})
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

    private static ReportSummary summary(Object[] r) {
        LocalDate monday = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
        return new ReportSummary(((Number) r[0]).longValue(), monday, ReportWeek.containing(monday).isoName(),
                SqlValues.instant(r[2]), (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(),
                ((Number) r[5]).intValue());
    }
}
