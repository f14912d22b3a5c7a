package com.aftersales.crm.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What a batchlet step handled, for the job monitor: the batch runtime counts read and written items for chunk steps
 * only, so a batchlet (the month-end service-case closing) says its own here, in the transaction of its work. No caller to
 * check — only the jobs' steps, started by a schedule or a secured service, record counts.
 */
@Stateless
public class StepCounts {

    @PersistenceContext
    EntityManager em;

    /** Records (or, for a step run again, replaces) the counts of one step execution. */
    public void record(long stepExecutionId, int read, int written) {
        em.createNativeQuery("""
                        insert into batch_step_count (step_execution_id, read_count, write_count) values (?, ?, ?)
                        on conflict (step_execution_id) do update
                            set read_count = excluded.read_count, write_count = excluded.write_count""")
                .setParameter(1, stepExecutionId).setParameter(2, Math.max(0, read)).setParameter(3, Math.max(0, written))
                .executeUpdate();
    }
}
