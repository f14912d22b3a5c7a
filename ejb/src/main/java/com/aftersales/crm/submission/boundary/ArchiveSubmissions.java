package com.aftersales.crm.submission.boundary;

import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionChannel;
import com.aftersales.crm.submission.entity.SubmissionStatus;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * 铺装档案周报送 in the portal: a provider submits its week's spreadsheet and follows its own submissions (status,
 * progress, the bad rows and their report); the service department sees every provider's, the weekly compliance, and
 * stops or restarts a loading. Another provider's submission is "not found", whatever id is sent.
 */
@Stateless
@Secured({Role.PROVIDER, Role.SUPERVISOR, Role.ADMIN, Role.INFO_OFFICER})
public class ArchiveSubmissions {

    public static final String JOB = "archive-submission";

    private static final String ROW = """
            select s.id, p.code, p.name, s.week_start, s.file_name, s.file_format, s.charset, s.channel, s.submitted_by,
                   s.submitted_at, s.deadline_at, s.late, s.status, s.rows_total, s.rows_read, s.rows_written,
                   s.rows_rejected, s.failure, s.finished_at
            from archive_submission s join service_provider p on p.id = s.provider_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SubmissionIntake intake;

    /** The provider's spreadsheet for a week (null: last week); loading starts once it is recorded. */
    /** The largest spreadsheet accepted now, in MB (policy archive-submission.max-mb): the portal tells the browser. */
    public int maxMegabytes() {
        return intake.maxMegabytes();
    }

    @Secured(Role.PROVIDER)
    public long submit(String fileName, @NotNull InputStream content, LocalDate weekStart) {
        UserPrincipal user = caller.require();
        return intake.receive(user.providerId(), fileName, content, weekStart, SubmissionChannel.PORTAL, user.username());
    }

    public SubmissionRow get(long submissionId) {
        List<Object[]> rows = rows(em.createNativeQuery(ROW + " where s.id = ?1 and (cast(?2 as bigint) is null or s.provider_id = cast(?2 as bigint))")
                .setParameter(1, submissionId).setParameter(2, ownProvider()).getResultList());
        if (rows.isEmpty()) {
            throw new NotFound("archive submission " + submissionId);
        }
        return row(rows.get(0));
    }

    /** Newest first; a provider's own only. */
    public List<SubmissionRow> list(int first, int size) {
        return rows(em.createNativeQuery(ROW + " where (cast(?1 as bigint) is null or s.provider_id = cast(?1 as bigint)) order by s.submitted_at desc, s.id desc")
                .setParameter(1, ownProvider()).setFirstResult(first).setMaxResults(size).getResultList())
                .stream().map(ArchiveSubmissions::row).toList();
    }

    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from archive_submission where (cast(?1 as bigint) is null or provider_id = cast(?1 as bigint))")
                .setParameter(1, ownProvider()).getSingleResult()).longValue();
    }

    /** The submission's bad rows in file order: row number, column, reason key, value. */
    public List<RowProblem> problems(long submissionId, int first, int size) {
        get(submissionId);
        return rows(em.createNativeQuery("""
                        select row_no, column_name, reason_key, value, warning from archive_submission_problem
                        where submission_id = ? order by row_no, column_name, reason_key""")
                .setParameter(1, submissionId).setFirstResult(first).setMaxResults(size).getResultList())
                .stream().map(r -> new RowProblem(((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                        (Boolean) r[4]))
                .toList();
    }

    public long problemCount(long submissionId) {
        get(submissionId);
        return ((Number) em.createNativeQuery("select count(*) from archive_submission_problem where submission_id = ?")
                .setParameter(1, submissionId).getSingleResult()).longValue();
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
    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.INFO_OFFICER})
    public List<WeekCompliance> week(@NotNull LocalDate weekStart) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                        select p.code, p.name, w.outcome, w.deadline_at, w.first_submitted_at
                        from service_provider p
                        left join archive_submission_week w on w.provider_id = p.id and w.week_start = ?1
                        where p.agreement_signed_on is not null
                          and ((p.status = 'ACTIVE' and archive_week_owed(?1, p.created_at)) or w.provider_id is not null)
                        order by case w.outcome when 'MISSING' then 0 when 'LATE' then 1 when 'ON_TIME' then 3 else 2 end,
                                 p.code""")
                .setParameter(1, Date.valueOf(weekStart)).getResultList());
        List<WeekCompliance> result = new ArrayList<>();
        rows.forEach(r -> result.add(new WeekCompliance((String) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : instant(r[3]), r[4] == null ? null : instant(r[4]))));
        return result;
    }

    /** Runs a failed or stopped loading again from its last checkpoint (rows already written are not written twice). */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void restart(long submissionId) {
        ArchiveSubmission submission = em.find(ArchiveSubmission.class, submissionId);
        if (submission == null) {
            throw new NotFound("archive submission " + submissionId);
        }
        if (!submission.restartable() || submission.getJobExecutionId() == null) {
            throw new InvalidInput("status", "submission.error.notRestartable");
        }
        Properties parameters = new Properties();
        parameters.setProperty("submissionId", Long.toString(submissionId));
        BatchRuntime.getJobOperator().restart(submission.getJobExecutionId(), parameters);
    }

    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void stop(long submissionId) {
        ArchiveSubmission submission = em.find(ArchiveSubmission.class, submissionId);
        if (submission == null) {
            throw new NotFound("archive submission " + submissionId);
        }
        if (submission.getStatus() != SubmissionStatus.RUNNING || submission.getJobExecutionId() == null) {
            throw new InvalidInput("status", "submission.error.notRunning");
        }
        BatchRuntime.getJobOperator().stop(submission.getJobExecutionId());
    }

    private Long ownProvider() {
        UserPrincipal user = caller.require();
        return user.hasRole(Role.PROVIDER) ? user.providerId() : null;
    }

    private static SubmissionRow row(Object[] r) {
        return new SubmissionRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Date) r[3]).toLocalDate(),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], instant(r[9]), instant(r[10]),
                (Boolean) r[11], (String) r[12], ((Number) r[13]).intValue(), ((Number) r[14]).intValue(),
                ((Number) r[15]).intValue(), ((Number) r[16]).intValue(), (String) r[17],
                r[18] == null ? null : instant(r[18]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
