package com.aftersales.crm.jobs.control;

import com.aftersales.crm.jobs.entity.JobExecutionRow;
import com.aftersales.crm.jobs.entity.MonitoredJob;
import com.aftersales.crm.jobs.entity.StepRow;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Our jobs' runs as the job monitor lists them, and the counts a batchlet records for its step.
 *
 * <p>A declared <b>read model</b>: it reads the batch runtime's own store ({@code executioninstancedata},
 * {@code jobinstancedata}, {@code stepexecutioninstancedata}, kept by Payara in our database) and, for the archive
 * loading's progress and failure, {@code archive_submission} of the submission area — one paged statement per page of
 * runs.
 */
@Dependent
public class JobExecutions {

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

    /** Our jobs' runs, newest first. */
    public List<JobExecutionRow> list(int first, int max) {
        return Row.map(em.createNativeQuery(ROWS.formatted(""))
                .setParameter(1, names())
                .setParameter(2, Math.max(1, Math.min(max, 200)))
                .setParameter(3, Math.max(0, first))
                .getResultList(), JobExecutions::row);
    }

    public long count() {
        return Row.of(em.createNativeQuery("""
                        select count(*) from executioninstancedata e join jobinstancedata i on i.jobinstanceid = e.jobinstanceid
                        where i.name = any(cast(?1 as text[]))""")
                .setParameter(1, names()).getSingleResult()).longValue(0);
    }

    /** The run, when it is one of our jobs'. */
    public Optional<JobExecutionRow> find(long executionId) {
        return Row.map(em.createNativeQuery(ROWS.formatted("and e.jobexecid = ?4"))
                .setParameter(1, names()).setParameter(2, 1).setParameter(3, 0).setParameter(4, executionId)
                .getResultList(), JobExecutions::row).stream().findFirst();
    }

    /** A run's steps, in order. */
    public List<StepRow> steps(long executionId) {
        return Row.map(em.createNativeQuery("""
                        select s.stepexecid, s.stepname, s.batchstatus, s.exitstatus, s.starttime, s.endtime,
                               coalesce(s.readcount, 0) + coalesce(c.read_count, 0),
                               coalesce(s.writecount, 0) + coalesce(c.write_count, 0), coalesce(s.filtercount, 0),
                               coalesce(s.readskipcount, 0) + coalesce(s.processskipcount, 0) + coalesce(s.writeskipcount, 0),
                               coalesce(s.commitcount, 0), coalesce(s.rollbackcount, 0)
                        from stepexecutioninstancedata s left join batch_step_count c on c.step_execution_id = s.stepexecid
                        where s.jobexecid = ?1 order by s.stepexecid""")
                .setParameter(1, executionId).getResultList(), r -> new StepRow(number(r, 0), r.text(1), r.text(2),
                r.text(3), r.instant(4), r.instant(5), number(r, 6), number(r, 7), number(r, 8), number(r, 9),
                number(r, 10), number(r, 11)));
    }

    /** Records (or, for a step run again, replaces) the counts of one step execution. */
    public void recordCounts(long stepExecutionId, int read, int written) {
        em.createNativeQuery("""
                        insert into batch_step_count (step_execution_id, read_count, write_count) values (?, ?, ?)
                        on conflict (step_execution_id) do update
                            set read_count = excluded.read_count, write_count = excluded.write_count""")
                .setParameter(1, stepExecutionId).setParameter(2, Math.max(0, read)).setParameter(3, Math.max(0, written))
                .executeUpdate();
    }

    private static String names() {
        return SqlValues.arrayLiteral(MonitoredJob.names());
    }

    private static JobExecutionRow row(Row r) {
        return new JobExecutionRow(number(r, 0), number(r, 1), r.text(2), r.text(3), r.text(4), r.instant(5),
                r.instant(6), r.instant(7), number(r, 8), number(r, 9), number(r, 10), number(r, 11), number(r, 12),
                number(r, 13), r.longOrNull(14), r.intOrNull(15), r.text(16), r.bool(17));
    }

    /** The runtime leaves a count it never took empty: none is zero. */
    private static long number(Row r, int column) {
        return r.isNull(column) ? 0 : r.longValue(column);
    }
}
