package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.submission.control.SubmissionQueries;
import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionChannel;
import com.aftersales.crm.submission.entity.SubmissionRow;
import com.aftersales.crm.submission.entity.SubmissionStatus;
import com.aftersales.crm.submission.entity.WeekCompliance;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * 铺装档案周报送 in the portal: a provider submits its week's spreadsheet and follows its own submissions (status,
 * progress, the bad rows and their report); the service department sees every provider's, the weekly compliance, and
 * stops or restarts a loading. Another provider's submission is "not found", whatever id is sent.
 */
@Stateless
@Secured(Duty.SUBMISSIONS)
public class ArchiveSubmissions {

    public static final String JOB = "archive-submission";

    @Inject
    SubmissionQueries queries;

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    @Inject
    SubmissionIntake intake;

    /** The provider's spreadsheet for a week (null: last week); loading starts once it is recorded. */
    /** The largest spreadsheet accepted now, in MB (policy archive-submission.max-mb): the portal tells the browser. */
    public int maxMegabytes() {
        return intake.maxMegabytes();
    }

    @Secured(Duty.PROVIDER_WORK)
    public long submit(String fileName, @NotNull InputStream content, LocalDate weekStart) {
        UserPrincipal user = caller.require();
        return intake.receive(user.providerId(), fileName, content, weekStart, SubmissionChannel.PORTAL, user.username());
    }

    public SubmissionRow get(long submissionId) {
        return queries.get(submissionId, ownProvider())
                .orElseThrow(() -> new NotFound("archive submission " + submissionId));
    }

    /** Newest first; a provider's own only. */
    public List<SubmissionRow> list(int first, int size) {
        return queries.list(ownProvider(), first, size);
    }

    public long count() {
        return queries.count(ownProvider());
    }

    /** The submission's bad rows in file order: row number, column, reason key, value. */
    public List<RowProblem> problems(long submissionId, int first, int size) {
        get(submissionId);
        return queries.problems(submissionId, first, size);
    }

    public long problemCount(long submissionId) {
        get(submissionId);
        return queries.problemCount(submissionId);
    }

    /** The error report as a workbook, in the reader's language, streamed page by page (never the whole list at once). */
    public void problemReport(long submissionId, Function<String, String> messages, OutputStream out) {
        get(submissionId);
        Iterable<RowProblem> problems = () -> new java.util.Iterator<>() {
            private final int pageSize = 5_000;
            private List<RowProblem> page = List.of();
            private int index;
            private int offset;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                page = problems(submissionId, offset, pageSize);
                offset += page.size();
                index = 0;
                exhausted = page.size() < pageSize;
                return !page.isEmpty();
            }

            @Override
            public RowProblem next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.get(index++);
            }
        };
        try {
            SubmissionWorkbooks.problemReport(problems, messages, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The company's spreadsheet format, to fill in. */
    public void template(Function<String, String> messages, OutputStream out) {
        try {
            SubmissionWorkbooks.template(out, messages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every active signed provider's archives for a week: on time, late, missing, or not yet due. */
    @Secured(Duty.INFORMATION_DESK)
    public List<WeekCompliance> week(@NotNull LocalDate weekStart) {
        return queries.week(weekStart);
    }

    /** Runs a failed or stopped loading again from its last checkpoint (rows already written are not written twice). */
    @Secured(Duty.SUPERVISION)
    public void restart(long submissionId) {
        ArchiveSubmission submission = aggregates.find(ArchiveSubmission.class, submissionId, "archive submission");
        if (!submission.restartable() || submission.getJobExecutionId() == null) {
            throw new InvalidInput("status", "submission.error.notRestartable");
        }
        Properties parameters = new Properties();
        parameters.setProperty("submissionId", Long.toString(submissionId));
        BatchRuntime.getJobOperator().restart(submission.getJobExecutionId(), parameters);
    }

    @Secured(Duty.SUPERVISION)
    public void stop(long submissionId) {
        ArchiveSubmission submission = aggregates.find(ArchiveSubmission.class, submissionId, "archive submission");
        if (submission.getStatus() != SubmissionStatus.RUNNING || submission.getJobExecutionId() == null) {
            throw new InvalidInput("status", "submission.error.notRunning");
        }
        BatchRuntime.getJobOperator().stop(submission.getJobExecutionId());
    }

    private Long ownProvider() {
        UserPrincipal user = caller.require();
        return user.hasRole(Role.PROVIDER) ? user.providerId() : null;
    }
}
