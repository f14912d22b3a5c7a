package com.aftersales.crm.batch.scheduling;

import com.aftersales.crm.platform.JobRuns;
import com.aftersales.crm.submission.boundary.ArchiveSubmissions;
import com.aftersales.crm.submission.boundary.SubmissionLoading;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Resumes the archive submissions a crash or a stop cut off mid-file. They are collected as the application starts —
 * before it has started any job of its own, so every one still running is an orphan — and started again a little later,
 * once the batch runtime is up; each run resumes after the last row the database has written.
 */
@Singleton
@Startup
public class SubmissionRecovery {

    private static final Logger LOG = Logger.getLogger(SubmissionRecovery.class.getName());

    @Inject
    SubmissionLoading loading;

    @Inject
    JobRuns jobs;

    @Resource
    TimerService timers;

    private final List<Long> pending = new ArrayList<>();

    @PostConstruct
    void collect() {
        pending.addAll(loading.interrupted());
        if (!pending.isEmpty()) {
            LOG.info(() -> "Archive submissions cut off by the last stop, to resume: " + pending);
            timers.createSingleActionTimer(10_000, new TimerConfig("Archive submission recovery", false));
        }
    }

    @Timeout
    void resume() {
        for (Long id : pending) {
            Properties parameters = new Properties();
            parameters.setProperty("submissionId", id.toString());
            jobs.start(ArchiveSubmissions.JOB, parameters);
        }
        pending.clear();
    }
}
