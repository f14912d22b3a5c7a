package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.followup.boundary.FollowUpTriggers;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.submission.control.ArchiveLoader.LoadedArchive;
import com.aftersales.crm.submission.control.ArchiveLoader;
import com.aftersales.crm.submission.control.ArchiveRowParser;
import com.aftersales.crm.submission.control.HeaderProblems;
import com.aftersales.crm.submission.control.SubmissionDeadline;
import com.aftersales.crm.submission.control.SubmissionStore;
import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionStatus;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the archive submission job asks of the domain (the job runs as the system, not as a user): the file to stream,
 * the row parser with the reference codes, and the writing of a chunk — set-based, in the chunk's transaction, and
 * idempotent, so that a chunk written again after a crash (its rows committed, its checkpoint not) changes nothing.
 */
@Stateless
public class SubmissionLoading {

    @Inject
    ArchiveLoader loader;

    @Inject
    Aggregates aggregates;

    @Inject
    SubmissionStore store;

    @Inject
    FollowUpTriggers followUps;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    /** The file to stream, with its provider and format; marks the submission as being loaded by this execution. */
    public Source start(long submissionId, long executionId) {
        ArchiveSubmission submission = find(submissionId);
        loader.start(submissionId, executionId);
        return new Source(submissionId, submission.getProviderId(), store.path(submission.getStoredName()),
                submission.getFileName(), submission.getLastRowNo());
    }

    /**
     * The submissions whose loading was cut off (the server stopped or crashed mid-file): at start-up, before this
     * deployment starts any job, every one still queued or running is such a one. They are put back in the queue;
     * their new run resumes after the last row written.
     */
    public List<Long> interrupted() {
        return loader.requeueInterrupted();
    }

    /** A row parser for the file's header, with the reference codes as they are now (loaded once, a few thousand). */
    public ArchiveSheet parser(long submissionId, List<String> header) {
        ArchiveSubmission submission = find(submissionId);
        LocalDate today = LocalDate.now(clock.withZone(SubmissionDeadline.BUSINESS_ZONE));
        try {
            return new ArchiveSheet(new ArchiveRowParser(header, loader.referenceCodes(submission.getProviderId()), today));
        } catch (HeaderProblems problems) {
            throw new IllegalStateException("the header was accepted when the file was received: " + problems.getMessage());
        }
    }

    /** The loading ended (or failed, or was stopped): its status, and the failure a supervisor reads. */
    public void finish(long submissionId, SubmissionStatus status, String failure) {
        loader.finish(submissionId, status, failure);
    }

    /**
     * Writes a chunk: the problems the parser found, then the valid rows — customers found by card, else by phone and
     * name, or created; archives upserted by warranty card; lines by product; the follow-up each new archive requires.
     * Rows the database refuses (a card of another provider's archive, the same card and product twice in the file)
     * become problems too. The counters move only when the chunk is new ({@code firstRowNo} past the last row written).
     */
    public void write(long submissionId, List<ArchiveRow> rows, List<RowProblem> problems, int firstRowNo, int lastRowNo,
                      int rowsRead) {
        ArchiveSubmission submission = find(submissionId);
        List<LoadedArchive> archives = loader.write(submission, rows, problems);
        if (!rows.isEmpty()) {
            timeline.appendAll("INSTALLATION_RECORDED", "INSTALLATION", archives.stream().filter(LoadedArchive::created)
                    .map(a -> new long[]{a.customerId(), a.installationId()}).toList());
            followUps.installationsLoaded(archives.stream().mapToLong(LoadedArchive::installationId).toArray());
        }
        loader.count(submissionId, rowsRead, firstRowNo, lastRowNo);
    }

    private ArchiveSubmission find(long submissionId) {
        return aggregates.find(ArchiveSubmission.class, submissionId, "archive submission");
    }

    /** The file a submission's job streams, and the last row already written (a restart resumes after it). */
    public record Source(long submissionId, long providerId, Path file, String fileName, int lastRowWritten) {
    }
}
