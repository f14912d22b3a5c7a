package com.aftersales.crm.batch.scheduling;

import com.aftersales.crm.platform.JobRuns;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Runs the weekly information report for the previous ISO week once its time has come. The time is policy data
 * ({@code weekly-report.run-after-week}: hours after Sunday 24:00 Beijing time, 17 = Monday 17:00), so the timer only
 * looks every 15 minutes and starts the job when the latest week's time has passed. Persistent: a look missed while
 * the server was down happens at start-up; the period claim in {@link JobRuns#startOnce} keeps it to one run per week,
 * however often it looks and whatever restarts.
 */
@Singleton
public class WeeklyReportSchedule {

    private static final Logger LOG = Logger.getLogger(WeeklyReportSchedule.class.getName());

    @Inject
    JobRuns jobs;

    @Inject
    WeeklyReportGeneration generation;

    @Schedule(hour = "*", minute = "*/15", timezone = "Asia/Shanghai", persistent = true,
            info = "Weekly information report: is a week due?")
    void look() {
        runDueWeek();
    }

    /** Starts the report job for the latest due week unless it already ran for it; returns whether it started. */
    public boolean runDueWeek() {
        LocalDate week = generation.dueWeek();
        Properties parameters = new Properties();
        parameters.setProperty("week", week.toString());
        parameters.setProperty("requestedBy", WeeklyReportGeneration.SCHEDULE);
        boolean started = jobs.startOnce(WeeklyReportGeneration.JOB, week.toString(), parameters).isPresent();
        if (started) {
            LOG.info(() -> "Weekly information report for the week of " + week + ": started");
        }
        return started;
    }
}
