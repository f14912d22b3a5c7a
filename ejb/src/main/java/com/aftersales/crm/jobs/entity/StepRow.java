package com.aftersales.crm.jobs.entity;

import java.io.Serializable;
import java.time.Instant;

/** One step of a job run with its metrics (skips: read + process + write). */
public record StepRow(long stepExecutionId, String stepName, String batchStatus, String exitStatus, Instant startTime,
                      Instant endTime, long readCount, long writeCount, long filterCount, long skipCount,
                      long commitCount, long rollbackCount) implements Serializable {
}
