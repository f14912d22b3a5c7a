package com.aftersales.crm.jobs.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Jakarta Batch job of this application (作业), named as its job XML in META-INF/batch-jobs. The monitor lists only
 * these: the job repository may hold other applications' runs. The weekly archive loading is started by an upload, the
 * weekly information report and the monthly assessment from their own pages or their schedules, never from the monitor.
 */
public enum MonitoredJob {

    CASE_STUDY_COMPLIANCE("case-study-compliance", true),
    ARCHIVE_SUBMISSION("archive-submission", false),
    WEEKLY_INFORMATION_REPORT("weekly-information-report", false),
    MONTHLY_ASSESSMENT("monthly-assessment", false);

    private final String jobName;
    private final boolean startable;

    MonitoredJob(String jobName, boolean startable) {
        this.jobName = jobName;
        this.startable = startable;
    }

    public String jobName() {
        return jobName;
    }

    /** Whether a supervisor may start it from the monitor (with its parameter checked there). */
    public boolean startable() {
        return startable;
    }

    public static Optional<MonitoredJob> byName(String jobName) {
        return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(MonitoredJob::jobName).toList();
    }
}
