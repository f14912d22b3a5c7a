package com.aftersales.crm.jobs.boundary;

import com.aftersales.crm.jobs.control.JobExecutions;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What a batchlet step handled, for the job monitor: the batch runtime counts read and written items for chunk steps
 * only, so a batchlet (the month-end service-case closing) says its own here, in the transaction of its work. No caller to
 * check — only the jobs' steps, started by a schedule or a secured service, record counts.
 */
@Stateless
public class StepCounts {

    @Inject
    JobExecutions runs;

    /** Records (or, for a step run again, replaces) the counts of one step execution. */
    public void record(long stepExecutionId, int read, int written) {
        runs.recordCounts(stepExecutionId, read, written);
    }
}
