package com.aftersales.crm.report.boundary;

import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.report.control.WeeklyFigures;
import com.aftersales.crm.report.control.WeeklyReportStore;
import com.aftersales.crm.report.entity.ReportSection;
import com.aftersales.crm.report.entity.ReportSummary;
import com.aftersales.crm.report.entity.ReportWeek;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Computing a week's report (called by the report job and its schedule, never from a screen): in one transaction the
 * week's report record is created or taken over, its old figures deleted and every section computed anew, so a re-run
 * replaces the week's report and a reader never sees half of one.
 */
@Stateless
public class WeeklyReportGeneration {

    /** The Jakarta Batch job (META-INF/batch-jobs in the batch module). */
    public static final String JOB = "weekly-information-report";
    /** Hours after the week's end (Sunday 24:00 Beijing time) when the schedule runs the report; 17 = Monday 17:00. */
    public static final String RUN_AFTER_WEEK = "weekly-report.run-after-week";
    /** Who is recorded as having run a scheduled report. */
    public static final String SCHEDULE = "schedule";

    private static final Logger LOG = Logger.getLogger(WeeklyReportGeneration.class.getName());

    @Inject
    WeeklyReportStore reports;

    @Inject
    WeeklyFigures figures;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    /** Computes (or recomputes) the report of the week starting on this Monday; returns its record. */
    public ReportSummary generate(LocalDate monday, String requestedBy, Long jobExecutionId) {
        ReportWeek week = ReportWeek.containing(monday);
        if (!week.monday().equals(monday)) {
            throw new IllegalArgumentException("a report week starts on a Monday: " + monday);
        }
        Instant now = clock.instant();
        WeeklyReportStore.Run run = reports.begin(week, now, requestedBy, jobExecutionId);
        reports.clearFigures(run.reportId());
        Map<ReportSection, Integer> written = figures.compute(run.reportId(), week, now);
        LOG.info(() -> "Weekly report " + week.isoName() + " (" + week + ") by " + requestedBy + ": " + written);
        return new ReportSummary(run.reportId(), week.monday(), week.isoName(), now, requestedBy, jobExecutionId, run.runs());
    }

    /** The latest week whose scheduled run time (the policy in force now) has passed. */
    public LocalDate dueWeek() {
        Instant now = clock.instant();
        long hours = policies.inForce(RUN_AFTER_WEEK, null, null, now).asInt();
        return ReportWeek.latestDue(now, hours).monday();
    }
}
