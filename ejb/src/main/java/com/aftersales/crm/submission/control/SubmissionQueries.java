package com.aftersales.crm.submission.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionRow;
import com.aftersales.crm.submission.entity.WeekCompliance;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The statements of the submissions outside the loading job: the lists and problems the portal pages through, a new
 * submission and its week, and the weeks recorded missing.
 *
 * <p>A declared <b>read model and set-based writer</b> across areas: the lists and the week's compliance join
 * {@code service_provider} (code and name on each row, which providers owe a week: one paged statement, not one look-up
 * per row); a new submission reads its provider's registration time and the inbox finds a provider by its code in the
 * same table (the intake and the inbox run as the provider or as the system, for whom the provider area has no
 * boundary); the missing weeks are recorded for every provider in one statement, which also flags the providers'
 * {@code installation_archive} rows of that week as technical support only.
 */
@Dependent
public class SubmissionQueries {

    private static final String ROW = """
            select s.id, p.code, p.name, s.week_start, s.file_name, s.file_format, s.charset, s.channel, s.submitted_by,
                   s.submitted_at, s.deadline_at, s.late, s.status, s.rows_total, s.rows_read, s.rows_written,
                   s.rows_rejected, s.failure, s.finished_at
            from archive_submission s join service_provider p on p.id = s.provider_id
            """;

    @PersistenceContext
    EntityManager em;

    /** The submission, when {@code ownProvider} (null: any) may see it. */
    public Optional<SubmissionRow> get(long submissionId, Long ownProvider) {
        return Row.map(em.createNativeQuery(ROW + " where s.id = ?1 and (cast(?2 as bigint) is null or s.provider_id = cast(?2 as bigint))")
                .setParameter(1, submissionId).setParameter(2, ownProvider).getResultList(), SubmissionQueries::row)
                .stream().findFirst();
    }

    /** Newest first; {@code ownProvider}'s only (null: every provider's). */
    public List<SubmissionRow> list(Long ownProvider, int first, int size) {
        return Row.map(em.createNativeQuery(ROW + " where (cast(?1 as bigint) is null or s.provider_id = cast(?1 as bigint)) order by s.submitted_at desc, s.id desc")
                .setParameter(1, ownProvider).setFirstResult(first).setMaxResults(size).getResultList(), SubmissionQueries::row);
    }

    public long count(Long ownProvider) {
        return Row.of(em.createNativeQuery("select count(*) from archive_submission where (cast(?1 as bigint) is null or provider_id = cast(?1 as bigint))")
                .setParameter(1, ownProvider).getSingleResult()).longValue(0);
    }

    /** The submission's bad rows in file order: row number, column, reason key, value. */
    public List<RowProblem> problems(long submissionId, int first, int size) {
        return Row.map(em.createNativeQuery("""
                        select row_no, column_name, reason_key, value, warning from archive_submission_problem
                        where submission_id = ? order by row_no, column_name, reason_key""")
                .setParameter(1, submissionId).setFirstResult(first).setMaxResults(size).getResultList(),
                r -> new RowProblem(r.intValue(0), r.text(1), r.text(2), r.text(3), r.bool(4)));
    }

    public long problemCount(long submissionId) {
        return Row.of(em.createNativeQuery("select count(*) from archive_submission_problem where submission_id = ?")
                .setParameter(1, submissionId).getSingleResult()).longValue(0);
    }

    /** Every active signed provider's archives for a week: on time, late, missing, or not yet due. */
    public List<WeekCompliance> week(LocalDate weekStart) {
        return Row.map(em.createNativeQuery("""
                        select p.code, p.name, w.outcome, w.deadline_at, w.first_submitted_at
                        from service_provider p
                        left join archive_submission_week w on w.provider_id = p.id and w.week_start = ?1
                        where p.agreement_signed_on is not null
                          and ((p.status = 'ACTIVE' and archive_week_owed(?1, p.created_at)) or w.provider_id is not null)
                        order by case w.outcome when 'MISSING' then 0 when 'LATE' then 1 when 'ON_TIME' then 3 else 2 end,
                                 p.code""")
                .setParameter(1, Date.valueOf(weekStart)).getResultList(),
                r -> new WeekCompliance(r.text(0), r.text(1), r.text(2), r.instant(3), r.instant(4)));
    }

    /** When the provider was registered in the system: only the weeks not over by then are owed. */
    public Instant providerRegisteredAt(long providerId) {
        return Row.of(em.createNativeQuery("select created_at from service_provider where id = ?").setParameter(1, providerId)
                .getSingleResult()).instant(0);
    }

    /** The provider an inbox file's name gives by its code (any case). */
    public Optional<Long> providerByCode(String code) {
        return em.createNativeQuery("select id from service_provider where upper(code) = upper(?)")
                .setParameter(1, code).getResultStream().findFirst().map(id -> Row.of(id).longValue(0));
    }

    /** Stores a new submission and records its week: on time or late, or late after all when it was recorded missing. */
    public long add(ArchiveSubmission submission, Instant now) {
        em.persist(submission);
        em.flush();
        em.createNativeQuery("""
                        insert into archive_submission_week as w (provider_id, week_start, deadline_at, outcome,
                               first_submission_id, first_submitted_at, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?6)
                        on conflict (provider_id, week_start) do update
                            set outcome = 'LATE', first_submission_id = excluded.first_submission_id,
                                first_submitted_at = excluded.first_submitted_at, recorded_at = excluded.recorded_at
                            where w.outcome = 'MISSING'""")
                .setParameter(1, submission.getProviderId()).setParameter(2, Date.valueOf(submission.getWeekStart()))
                .setParameter(3, Timestamp.from(submission.getDeadlineAt()))
                .setParameter(4, submission.isLate() ? "LATE" : "ON_TIME")
                .setParameter(5, submission.getId()).setParameter(6, Timestamp.from(now))
                .executeUpdate();
        return submission.getId();
    }

    /** Records the week missing for every provider that owed it and sent nothing; returns how many it recorded now. */
    public int recordMissing(LocalDate week, Instant deadline, Instant now) {
        return Row.of(em.createNativeQuery("""
                        with missing as (
                            insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, recorded_at)
                            select p.id, cast(?1 as date), ?2, 'MISSING', ?3 from service_provider p
                            where p.status = 'ACTIVE' and p.agreement_signed_on is not null
                              and p.agreement_signed_on <= cast(?1 as date) + 6
                              and archive_week_owed(cast(?1 as date), p.created_at)
                            on conflict (provider_id, week_start) do nothing
                            returning provider_id),
                        flagged as (
                            update installation_archive i set technical_support_only = true
                            where i.provider_id in (select provider_id from missing
                                                    union all
                                                    select provider_id from archive_submission_week
                                                    where week_start = cast(?1 as date) and outcome = 'MISSING')
                              and i.installed_on between cast(?1 as date) and cast(?1 as date) + 6
                              and not i.technical_support_only
                            returning i.id)
                        select count(*) from missing""")
                .setParameter(1, Date.valueOf(week)).setParameter(2, Timestamp.from(deadline))
                .setParameter(3, Timestamp.from(now)).getSingleResult()).intValue(0);
    }

    private static SubmissionRow row(Row r) {
        return new SubmissionRow(r.longValue(0), r.text(1), r.text(2), r.date(3), r.text(4), r.text(5), r.text(6),
                r.text(7), r.text(8), r.instant(9), r.instant(10), r.bool(11), r.text(12), r.intValue(13),
                r.intValue(14), r.intValue(15), r.intValue(16), r.text(17), r.instant(18));
    }
}
