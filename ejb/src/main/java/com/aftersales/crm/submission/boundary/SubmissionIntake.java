package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.platform.control.TransactionEnd;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.sheet.SheetFiles;
import com.aftersales.crm.shared.sheet.SheetFormatException;
import com.aftersales.crm.shared.sheet.SheetReader;
import com.aftersales.crm.submission.control.ArchiveRowParser;
import com.aftersales.crm.submission.control.HeaderProblems;
import com.aftersales.crm.submission.control.SubmissionDeadline;
import com.aftersales.crm.submission.control.SubmissionQueries;
import com.aftersales.crm.submission.control.SubmissionStore;
import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionChannel;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives a submission, from the portal or the inbox directory: keeps the file, refuses at once what cannot be
 * loaded (too large, empty, not a spreadsheet, an old .xls, missing columns — the whole file, with the reason; a
 * header without rows is a week without installations, and counts as sent), and
 * records the submission against its week's deadline: the provider's week is on time, or late (also when it had been
 * recorded missing). The loading job starts when this commits.
 */
@Stateless
public class SubmissionIntake {

    public static final String DEADLINE = "archive-submission.deadline-after-week";
    public static final String MAX_MB = "archive-submission.max-mb";

    private static final Logger LOG = Logger.getLogger(SubmissionIntake.class.getName());

    @Inject
    SubmissionQueries queries;

    @Inject
    SubmissionStore store;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    @Inject
    TransactionEnd end;

    int maxMegabytes() {
        return policies.inForce(MAX_MB, null, null, clock.instant()).asInt();
    }

    public long receive(long providerId, String fileName, InputStream content, LocalDate weekStart,
                        SubmissionChannel channel, String by) {
        Instant now = clock.instant();
        LocalDate week = weekStart == null ? SubmissionDeadline.reportedWeek(now) : weekStart;
        LocalDate currentWeek = SubmissionDeadline.weekOf(now.atZone(SubmissionDeadline.BUSINESS_ZONE).toLocalDate());
        if (week.getDayOfWeek() != DayOfWeek.MONDAY || week.isAfter(currentWeek)) {
            throw new InvalidInput("week", "submission.error.week");
        }
        int maxMb = policies.inForce(MAX_MB, null, null, now).asInt();
        SubmissionStore.StoredFile stored = store.store(content, maxMb * 1024L * 1024L, maxMb);
        String name = fileName == null || fileName.isBlank() ? stored.storedName()
                : fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String format;
        String charset;
        int rows = 0;
        try (SheetReader reader = SheetFiles.open(stored.path(), name)) {
            try {
                // only the header is checked here; the codes are the job's business
                new ArchiveRowParser(reader.header(), null, LocalDate.now(clock.withZone(SubmissionDeadline.BUSINESS_ZONE)));
            } catch (HeaderProblems problems) {
                RowProblem first = problems.problems().get(0);
                throw new InvalidInput("file", first.reasonKey(), first.value());
            }
            while (reader.next() != null) {
                rows++;
            }
            format = reader.format().name();
            charset = reader.encodingName();
        } catch (SheetFormatException e) {
            store.delete(stored.path());
            throw new InvalidInput("file", e.key(), e.args());
        } catch (IOException e) {
            store.delete(stored.path());
            throw new UncheckedIOException(e);
        } catch (InvalidInput e) {
            store.delete(stored.path());
            throw e;
        }
        PolicyVersion deadline = policies.inForce(DEADLINE, null, null, now);
        Instant registeredAt = queries.providerRegisteredAt(providerId);
        ArchiveSubmission submission = new ArchiveSubmission(providerId, week, name.length() > 255 ? name.substring(0, 255) : name,
                stored.storedName(), format, charset, stored.size(), stored.sha256(), channel, by, now,
                SubmissionDeadline.deadline(week, deadline.asInt()), deadline.id(), rows,
                SubmissionDeadline.owed(week, registeredAt));
        queries.add(submission, now);
        startAfterCommit(submission.getId());
        return submission.getId();
    }

    /** As {@link #receive}, in a transaction of its own (the inbox: one refused file never takes another with it). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long receiveAlone(long providerId, String fileName, InputStream content, LocalDate weekStart,
                             SubmissionChannel channel, String by) {
        return receive(providerId, fileName, content, weekStart, channel, by);
    }

    /**
     * The loading job starts once the submission is committed — not before, or it could look for a row it cannot see
     * yet. A start that fails leaves the submission queued: it is started again when the server starts, and a
     * supervisor can restart it.
     */
    private void startAfterCommit(long submissionId) {
        end.afterCommit(() -> {
            Properties parameters = new Properties();
            parameters.setProperty("submissionId", Long.toString(submissionId));
            try {
                BatchRuntime.getJobOperator().start(ArchiveSubmissions.JOB, parameters);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not start the loading of submission " + submissionId, e);
            }
        });
    }
}
