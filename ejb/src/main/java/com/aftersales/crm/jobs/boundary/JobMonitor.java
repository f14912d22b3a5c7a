package com.aftersales.crm.jobs.boundary;

import com.aftersales.crm.casestudy.boundary.CaseStudies;
import com.aftersales.crm.jobs.entity.MonitoredJob;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
@Secured({Role.SUPERVISOR, Role.ADMIN})
public class JobMonitor {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** One row per run of the page; the step metrics summed per run, the submission joined by its current run. */
    private static final String ROWS = """
            with page as (
                select e.jobexecid, e.jobinstanceid, i.name, e.batchstatus, e.exitstatus, e.createtime, e.starttime,
                       e.endtime
                from executioninstancedata e join jobinstancedata i on i.jobinstanceid = e.jobinstanceid
                where i.name = any(cast(?1 as text[])) %s
                order by e.jobexecid desc
                limit ?2 offset ?3)
            select p.jobexecid, p.jobinstanceid, p.name, p.batchstatus, p.exitstatus, p.createtime, p.starttime, p.endtime,
                   coalesce(m.readcount, 0), coalesce(m.writecount, 0), coalesce(m.filtercount, 0), coalesce(m.skipcount, 0),
                   coalesce(m.commitcount, 0), coalesce(m.rollbackcount, 0), a.id,
                   case when a.rows_total > 0 then least(100, a.rows_read * 100 / a.rows_total)
                        when p.batchstatus = 'COMPLETED' then 100 end,
                   case when p.batchstatus in ('FAILED', 'ABANDONED')
                        then coalesce(a.failure, nullif(m.failedexit, 'FAILED'), p.exitstatus)
                        else a.failure end,
                   not exists (select 1 from executioninstancedata later
                               where later.jobinstanceid = p.jobinstanceid and later.jobexecid > p.jobexecid)
            from page p
            left join lateral (
                select sum(coalesce(s.readcount, 0) + coalesce(c.read_count, 0)) readcount,
                       sum(coalesce(s.writecount, 0) + coalesce(c.write_count, 0)) writecount, sum(s.filtercount) filtercount,
                       sum(coalesce(s.readskipcount, 0) + coalesce(s.processskipcount, 0) + coalesce(s.writeskipcount, 0)) skipcount,
                       sum(s.commitcount) commitcount, sum(s.rollbackcount) rollbackcount,
                       max(case when s.batchstatus = 'FAILED' then s.exitstatus end) failedexit
                from stepexecutioninstancedata s left join batch_step_count c on c.step_execution_id = s.stepexecid
                where s.jobexecid = p.jobexecid) m on true
            left join archive_submission a on a.job_execution_id = p.jobexecid
            order by p.jobexecid desc""";

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseStudies caseStudies;

    /** Our jobs' runs, newest first. */
    public List<JobExecutionRow> list(int first, int max) {
        return rows(em.createNativeQuery(ROWS.formatted(""))
                .setParameter(1, names())
                .setParameter(2, Math.max(1, Math.min(max, 200)))
                .setParameter(3, Math.max(0, first))
                .getResultList()).stream().map(JobMonitor::row).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("""
                        select count(*) from executioninstancedata e join jobinstancedata i on i.jobinstanceid = e.jobinstanceid
                        where i.name = any(cast(?1 as text[]))""")
                .setParameter(1, names()).getSingleResult()).longValue();
    }

    /** A run with its steps; another application's run is "not found". */
    public JobExecutionDetail detail(long executionId) {
        JobExecutionRow execution = find(executionId);
        List<StepRow> steps = rows(em.createNativeQuery("""
                        select s.stepexecid, s.stepname, s.batchstatus, s.exitstatus, s.starttime, s.endtime,
                               coalesce(s.readcount, 0) + coalesce(c.read_count, 0),
                               coalesce(s.writecount, 0) + coalesce(c.write_count, 0), coalesce(s.filtercount, 0),
                               coalesce(s.readskipcount, 0) + coalesce(s.processskipcount, 0) + coalesce(s.writeskipcount, 0),
                               coalesce(s.commitcount, 0), coalesce(s.rollbackcount, 0)
                        from stepexecutioninstancedata s left join batch_step_count c on c.step_execution_id = s.stepexecid
                        where s.jobexecid = ?1 order by s.stepexecid""")
                .setParameter(1, executionId).getResultList()).stream()
                .map(r -> new StepRow(number(r[0]), (String) r[1], (String) r[2], (String) r[3], time(r[4]), time(r[5]),
                        number(r[6]), number(r[7]), number(r[8]), number(r[9]), number(r[10]), number(r[11])))
                .toList();
        return new JobExecutionDetail(execution, steps);
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
        List<JobExecutionRow> found = rows(em.createNativeQuery(ROWS.formatted("and e.jobexecid = ?4"))
                .setParameter(1, names()).setParameter(2, 1).setParameter(3, 0).setParameter(4, executionId)
                .getResultList()).stream().map(JobMonitor::row).toList();
        if (found.isEmpty()) {
            throw new NotFound("job execution " + executionId);
        }
        return found.get(0);
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

    private static String names() {
        return SqlValues.arrayLiteral(MonitoredJob.names());
    }

    private static JobExecutionRow row(Object[] r) {
        return new JobExecutionRow(number(r[0]), number(r[1]), (String) r[2], (String) r[3], (String) r[4], time(r[5]),
                time(r[6]), time(r[7]), number(r[8]), number(r[9]), number(r[10]), number(r[11]), number(r[12]),
                number(r[13]), r[14] == null ? null : number(r[14]), r[15] == null ? null : ((Number) r[15]).intValue(),
                (String) r[16], (Boolean) r[17]);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static java.time.Instant time(Object value) {
        return value == null ? null : SqlValues.instant(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
