package com.aftersales.crm.submission.entity;

import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.SubmissionStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A submission as its lists show it: the file, the week and its deadline, and how far its loading has got. */
public record SubmissionRow(long id, String providerCode, String providerName, LocalDate weekStart, String fileName,
                            String format, String charset, String channel, String submittedBy, Instant submittedAt,
                            Instant deadlineAt, boolean late, String status, int rowsTotal, int rowsRead,
                            int rowsWritten, int rowsRejected, String failure, Instant finishedAt) implements Serializable {

    /** Rows done out of the file's rows, 0–100, for the progress bar. */
    public int percent() {
        return rowsTotal == 0 ? 0 : Math.min(100, (int) (100L * rowsRead / rowsTotal));
    }

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status) || "STOPPED".equals(status);
    }

    /** Loading now: a supervisor may stop it. */
    public boolean running() {
        return SubmissionStatus.RUNNING.name().equals(status);
    }

    /** Failed or stopped: a supervisor may resume it where it stopped. */
    public boolean restartable() {
        return ArchiveSubmission.restartable(SubmissionStatus.valueOf(status));
    }
}
