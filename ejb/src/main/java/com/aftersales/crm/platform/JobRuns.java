package com.aftersales.crm.platform;

import com.aftersales.crm.platform.control.JobPeriods;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts Jakarta Batch jobs. A scheduled start claims its period first (job_period_run's primary key), so a schedule
 * that fires twice for the same period — a restart catching up a missed timer, two servers — starts one run only.
 */
@Stateless
public class JobRuns {

    private static final Logger LOG = Logger.getLogger(JobRuns.class.getName());

    @Inject
    JobPeriods periods;

    @Inject
    Clock clock;

    /** Starts the job for the period unless it already ran for it; empty when it had. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> startOnce(String jobName, String period, Properties parameters) {
        if (!periods.claim(jobName, period, Instant.now())) {
            return Optional.empty();
        }
        long execution = start(jobName, parameters);
        periods.started(jobName, period, execution);
        return Optional.of(execution);
    }

    /**
     * Starts a month-end job for the month before the current one in Beijing time (its parameter {@code month}), unless
     * it already ran for that month; returns whether it started.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean startOnceForPreviousMonth(String jobName) {
        YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusMonths(1);
        Properties parameters = new Properties();
        parameters.setProperty("month", month.toString());
        boolean started = startOnce(jobName, month.toString(), parameters).isPresent();
        LOG.info(() -> "Month end " + jobName + " for " + month + (started ? ": started" : ": already run"));
        return started;
    }

    /** Where a job execution stands (STARTING … COMPLETED, FAILED), asked from the application that started it. */
    public String status(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus().name();
    }

    /** Starts the job now, whatever ran before (a person's "run it again"; the jobs are idempotent). */
    public long start(String jobName, Properties parameters) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(jobName, parameters);
    }
}
