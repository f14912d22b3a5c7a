package com.aftersales.crm.report.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportSummary;
import com.aftersales.crm.report.entity.ReportWeek;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored weekly reports and their figures (the figures themselves are computed by {@link WeeklyFigures}). */
@Dependent
public class WeeklyReportStore {

    /** One stored figure: a measure of a row of a section. */
    public record Figure(ReportSection section, int position, String dimension, String label, String measure,
                         BigDecimal value) {
    }

    @PersistenceContext
    EntityManager em;

    /** The week's report record as begun by a run: its id and how many times it has now been computed. */
    public record Run(long reportId, int runs) {
    }

    /** The week's report record, created or, for a week computed before, counted as one more run. */
    public Run begin(ReportWeek week, Instant now, String requestedBy, Long jobExecutionId) {
        Row row = Row.of(em.createNativeQuery("""
                        insert into weekly_report (week_start, period_from, period_to, generated_at, generated_by, job_execution_id)
                        values (?, ?, ?, ?, ?, cast(? as bigint))
                        on conflict (week_start) do update
                            set generated_at = excluded.generated_at, generated_by = excluded.generated_by,
                                job_execution_id = excluded.job_execution_id, runs = weekly_report.runs + 1
                        returning id, runs""")
                .setParameter(1, Date.valueOf(week.monday())).setParameter(2, Timestamp.from(week.start()))
                .setParameter(3, Timestamp.from(week.end())).setParameter(4, Timestamp.from(now))
                .setParameter(5, requestedBy).setParameter(6, jobExecutionId).getSingleResult());
        return new Run(row.longValue(0), row.intValue(1));
    }

    public void clearFigures(long reportId) {
        em.createNativeQuery("delete from weekly_report_figure where report_id = ?").setParameter(1, reportId).executeUpdate();
    }

    /** Stored reports, latest week first. */
    public List<ReportSummary> list(int max) {
        return Row.map(em.createNativeQuery("""
                        select id, week_start, generated_at, generated_by, job_execution_id, runs
                        from weekly_report order by week_start desc limit ?""")
                .setParameter(1, max).getResultList(), WeeklyReportStore::summary);
    }

    /** The stored report of the week starting on this Monday, if any. */
    public Optional<ReportSummary> find(LocalDate monday) {
        return Row.map(em.createNativeQuery("""
                        select id, week_start, generated_at, generated_by, job_execution_id, runs
                        from weekly_report where week_start = ?""")
                .setParameter(1, Date.valueOf(monday)).getResultList(), WeeklyReportStore::summary).stream().findFirst();
    }

    /** The report's figures by section, position and dimension. */
    public List<Figure> figures(long reportId) {
        return Row.map(em.createNativeQuery("""
                        select section, position, dimension, label, measure, value
                        from weekly_report_figure where report_id = ? order by section, position, dimension""")
                .setParameter(1, reportId).getResultList(), f -> new Figure(f.enumValue(0, ReportSection.class),
                f.intValue(1), f.text(2), f.text(3), f.text(4), f.decimal(5)));
    }

    private static ReportSummary summary(Row r) {
        LocalDate monday = r.date(1);
        return new ReportSummary(r.longValue(0), monday, ReportWeek.containing(monday).isoName(), r.instant(2), r.text(3),
                r.longOrNull(4), r.intValue(5));
    }
}
