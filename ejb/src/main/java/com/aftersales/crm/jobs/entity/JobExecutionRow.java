package com.aftersales.crm.jobs.entity;

import java.io.Serializable;
import java.time.Instant;

/**
 * One run of a job (作业执行) as the monitor lists it: status, times, the counts summed over its steps, the progress in
 * percent where a total is known (an archive submission's rows; 100 once completed) and the failure text.
 *
 * @param latestOfInstance whether no later run of the same job instance exists (only that one may be restarted)
 */
public record JobExecutionRow(long executionId, long instanceId, String jobName, String batchStatus, String exitStatus,
                              Instant createTime, Instant startTime, Instant endTime, long readCount, long writeCount,
                              long filterCount, long skipCount, long commitCount, long rollbackCount, Long submissionId,
                              Integer percent, String failure, boolean latestOfInstance) implements Serializable {

    public boolean running() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus) || "STOPPING".equals(batchStatus);
    }

    public boolean stoppable() {
        return "STARTING".equals(batchStatus) || "STARTED".equals(batchStatus);
    }

    public boolean restartable() {
        return latestOfInstance && ("FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus));
    }

    public boolean failed() {
        return "FAILED".equals(batchStatus) || "ABANDONED".equals(batchStatus);
    }

    public boolean completed() {
        return "COMPLETED".equals(batchStatus);
    }
}
