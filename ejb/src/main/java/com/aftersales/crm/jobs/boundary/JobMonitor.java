package com.aftersales.crm.jobs.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.jobs.control.JobExecutions;
import com.aftersales.crm.jobs.entity.JobExecutionRow;
import com.aftersales.crm.jobs.entity.MonitoredJob;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 作业监控: the application's Jakarta Batch runs, newest first, read set-based from the batch runtime's job repository
 * (our PostgreSQL, V12) with each run's step metrics summed (a batchlet step's own counts added, {@link StepCounts}); an archive submission's run shows its progress from the
 * submission's own counts. Supervisors and administrators start the jobs a person may start (with their parameter
 * checked), stop a running run and restart the latest failed or stopped run of a job instance.
 *
 * <p>Stop and restart go through the {@link JobOperator} from here, inside the application: the batch runtime refuses
 * them to any other application (its executions are tagged with the application that started them).
 */
@Stateless
@Secured(Duty.SUPERVISION)
public class JobMonitor {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    @Inject
    JobExecutions runs;

    @Inject
    CaseStudies caseStudies;

    /** Our jobs' runs, newest first. */
    public List<JobExecutionRow> list(int first, int max) {
        return runs.list(first, max);
    }

    public long count() {
        return runs.count();
    }

    /** A run with its steps; another application's run is "not found". */
    public JobExecutionDetail detail(long executionId) {
        JobExecutionRow execution = find(executionId);
        return new JobExecutionDetail(execution, runs.steps(executionId));
    }

    /** The jobs a person may start from the monitor. */
    public List<String> startableJobs() {
        return Arrays.stream(MonitoredJob.values()).filter(MonitoredJob::startable).map(MonitoredJob::jobName).toList();
    }

    /**
     * Starts a job now. The month-end job takes a month that is over (yyyy-MM); it records nothing twice, so a month
     * may be closed again. @return the new run's execution id
     */
    public long start(String jobName, String month) {
        MonitoredJob job = MonitoredJob.byName(jobName).filter(MonitoredJob::startable)
                .orElseThrow(() -> new InvalidInput("job", "jobs.error.notStartable"));
        return switch (job) {
            case CASE_STUDY_COMPLIANCE -> caseStudies.closeMonth(month(month));
            case ARCHIVE_SUBMISSION, WEEKLY_INFORMATION_REPORT, MONTHLY_ASSESSMENT -> throw new InvalidInput("job", "jobs.error.notStartable");
        };
    }

    /** Asks a running run to stop (it stops at its next checkpoint or when its step ends). */
    public void stop(long executionId) {
        JobExecutionRow execution = find(executionId);
        if (!execution.stoppable()) {
            throw new InvalidInput("execution", "jobs.error.notRunning");
        }
        try {
            BatchRuntime.getJobOperator().stop(executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new InvalidInput("execution", "jobs.error.notRunning");
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new InvalidInput("execution", "jobs.error.otherApplication");
        }
    }

    /**
     * Runs the latest failed or stopped run of a job instance again, with its parameters, from its last checkpoint.
     * @return the new run's execution id
     */
    public long restart(long executionId) {
        JobExecutionRow execution = find(executionId);
        if (!execution.restartable()) {
            throw new InvalidInput("execution", "jobs.error.notRestartable");
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            return operator.restart(executionId, operator.getParameters(executionId));
        } catch (JobExecutionAlreadyCompleteException | JobExecutionNotMostRecentException | JobRestartException e) {
            throw new InvalidInput("execution", "jobs.error.notRestartable");
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            throw new InvalidInput("execution", "jobs.error.otherApplication");
        }
    }

    private JobExecutionRow find(long executionId) {
        return runs.find(executionId).orElseThrow(() -> new NotFound("job execution " + executionId));
    }

    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            throw new InvalidInput("month", "jobs.error.monthRequired");
        }
        if (!MONTH.matcher(month.trim()).matches()) {
            throw new InvalidInput("month", "jobs.error.monthFormat");
        }
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("month", "jobs.error.monthFormat");
        }
    }
}
