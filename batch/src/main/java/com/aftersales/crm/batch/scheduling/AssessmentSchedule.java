package com.aftersales.crm.batch.scheduling;

import com.aftersales.crm.assessment.boundary.MonthEndAssessment;
import com.aftersales.crm.platform.JobRuns;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Scores the previous month on the 1st at 02:00 Beijing time, after the service-case month end (00:30) has recorded
 * the month's missing and worthless cases. Persistent; the period claim in {@link JobRuns#startOnce} keeps it to one
 * run per month (a supervisor recomputes from the portal until the month is confirmed).
 */
@Singleton
public class AssessmentSchedule {

    @Inject
    JobRuns jobs;

    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", timezone = "Asia/Shanghai", persistent = true,
            info = "Provider scoring: month end")
    void monthEnd() {
        scorePreviousMonth();
    }

    /** Starts the job for last month unless it already ran for it; returns whether it started. */
    public boolean scorePreviousMonth() {
        return jobs.startOnceForPreviousMonth(MonthEndAssessment.JOB);
    }
}
