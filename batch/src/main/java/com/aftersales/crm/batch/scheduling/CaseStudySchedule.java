package com.aftersales.crm.batch.scheduling;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.platform.JobRuns;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Closes the previous month's service cases on the 1st at 00:30 Beijing time. Persistent: a timer missed while the
 * server was down fires at start-up; the period claim in {@link JobRuns#startOnce} keeps it to one run per month.
 */
@Singleton
public class CaseStudySchedule {

    @Inject
    JobRuns jobs;

    @Schedule(dayOfMonth = "1", hour = "0", minute = "30", timezone = "Asia/Shanghai", persistent = true,
            info = "Service cases: month end")
    void monthEnd() {
        closePreviousMonth();
    }

    /** Starts the job for last month unless it already ran for it; returns whether it started. */
    public boolean closePreviousMonth() {
        return jobs.startOnceForPreviousMonth(CaseStudies.JOB);
    }
}
