package com.aftersales.crm.batch.scheduling;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.platform.JobRuns;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Closes the previous month's service cases on the 1st at 00:30 Beijing time. Persistent: a timer missed while the
 * server was down fires at start-up; the period claim in {@link JobRuns#startOnce} keeps it to one run per month.
 */
@Singleton
public class CaseStudySchedule {

    private static final Logger LOG = Logger.getLogger(CaseStudySchedule.class.getName());

    @Inject
    JobRuns jobs;

    @Inject
    Clock clock;

    @Schedule(dayOfMonth = "1", hour = "0", minute = "30", timezone = "Asia/Shanghai", persistent = true,
            info = "Service cases: month end")
    void monthEnd() {
        closePreviousMonth();
    }

    /** Starts the job for last month unless it already ran for it; returns whether it started. */
    public boolean closePreviousMonth() {
        YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusMonths(1);
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        boolean started = jobs.startOnce(CaseStudies.JOB, month.toString(), parameters).isPresent();
        LOG.info(() -> "Service cases month end for " + month + (started ? ": started" : ": already run"));
        return started;
    }
}
