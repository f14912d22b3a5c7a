package com.aftersales.crm.submission.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * 铺装档案周报送: one spreadsheet a provider sent for a week's installations, when it came against the week's deadline,
 * and how far the job that loads it has got. The counters are written by the job in the same transaction as the rows
 * they count.
 */
@Getter
@Entity
public class ArchiveSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long providerId;

    private LocalDate weekStart;

    private String fileName;

    private String storedName;

    private String fileFormat;

    private String charset;

    private long fileSize;

    @Getter(AccessLevel.NONE)
    private String sha256;

    private SubmissionChannel channel;

    private String submittedBy;

    private Instant submittedAt;

    private Instant deadlineAt;

    private long deadlinePolicyId;

    private boolean late;

    private SubmissionStatus status = SubmissionStatus.QUEUED;

    private Long jobExecutionId;

    private int rowsTotal;

    private int lastRowNo = 1;

    private int rowsRead;

    private int rowsWritten;

    private int rowsRejected;

    private String failure;

    private Instant finishedAt;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected ArchiveSubmission() {
    }

    /**
     * The file as received; {@code late} follows from the deadline, which the caller took from the policy in force, for a
     * week the provider owed (a week that was over before it was registered is never late).
     */
    public ArchiveSubmission(long providerId, LocalDate weekStart, String fileName, String storedName, String fileFormat,
                             String charset, long fileSize, String sha256, SubmissionChannel channel, String submittedBy,
                             Instant submittedAt, Instant deadlineAt, long deadlinePolicyId, int rowsTotal, boolean owed) {
        this.providerId = providerId;
        this.weekStart = weekStart;
        this.fileName = fileName;
        this.storedName = storedName;
        this.fileFormat = fileFormat;
        this.charset = charset;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.channel = channel;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.deadlineAt = deadlineAt;
        this.deadlinePolicyId = deadlinePolicyId;
        this.late = owed && submittedAt.isAfter(deadlineAt);
        this.rowsTotal = rowsTotal;
    }

    public boolean restartable() {
        return status == SubmissionStatus.FAILED || status == SubmissionStatus.STOPPED;
    }

    /** {@link #restartable()} for a submission known by its status (the lists' rows). */
    public static boolean restartable(SubmissionStatus status) {
        return status == SubmissionStatus.FAILED || status == SubmissionStatus.STOPPED;
    }
}
