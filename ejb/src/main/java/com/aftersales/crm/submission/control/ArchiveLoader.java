package com.aftersales.crm.submission.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.submission.entity.ArchiveColumn;
import com.aftersales.crm.submission.entity.ArchiveRow;
import com.aftersales.crm.submission.entity.ArchiveSubmission;
import com.aftersales.crm.submission.entity.RowProblem;
import com.aftersales.crm.submission.entity.SubmissionStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import static com.aftersales.crm.shared.SqlValues.arrayLiteral;

/**
 * Every statement of the archive submission job: the submission's own run state and counters, and the chunk writer.
 *
 * <p>A declared <b>set-based writer</b> across areas: a chunk (ten thousand rows) is staged in a temporary table and
 * written with one statement per step, never one per row, into the tables of the installation area
 * ({@code installation_archive}, {@code installation_line}, {@code installation_technician}) and of the customer area
 * ({@code customer}, {@code customer_phone}), reading {@code region}, {@code product}, {@code policy_value} (the
 * warranty policies in force on each installation day) and {@code service_provider} (when the provider was
 * registered). Going through those areas' boundaries would cost a statement per row; the weekly import of hundreds of
 * thousands of rows cannot afford it. The reference codes the rows name are read the same way, once per job
 * ({@link DatabaseReferenceCodes}: dealers, products, regions, technicians).
 */
@Dependent
public class ArchiveLoader {

    /** One archive a chunk wrote or found unchanged: whether it is new decides its timeline entry. */
    public record LoadedArchive(long installationId, long customerId, boolean created) {

        static LoadedArchive of(Row row) {
            return new LoadedArchive(row.longValue(0), row.longValue(1), row.bool(2));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Marks the submission as being loaded by this job execution. */
    public void start(long submissionId, long executionId) {
        em.createNativeQuery("""
                        update archive_submission set status = 'RUNNING', job_execution_id = ?, failure = null,
                                                      finished_at = null, version = version + 1
                        where id = ?""")
                .setParameter(1, executionId).setParameter(2, submissionId).executeUpdate();
    }

    /**
     * Puts every submission still queued or running back in the queue: at start-up, before this deployment starts
     * any job, each such one was cut off by a stop or a crash.
     */
    public List<Long> requeueInterrupted() {
        List<?> ids = em.createNativeQuery("""
                update archive_submission set status = 'QUEUED', version = version + 1
                where status in ('QUEUED', 'RUNNING') returning id""").getResultList();
        return Row.map(ids, r -> r.longValue(0)).stream().sorted().toList();
    }

    /** The loading ended (or failed, or was stopped): its status, and the failure a supervisor reads. */
    public void finish(long submissionId, SubmissionStatus status, String failure) {
        em.createNativeQuery("""
                        update archive_submission set status = ?, failure = ?, finished_at = ?, version = version + 1
                        where id = ?""")
                .setParameter(1, status.name())
                .setParameter(2, failure == null ? null : failure.substring(0, Math.min(failure.length(), 1000)))
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, submissionId).executeUpdate();
    }

    /** The codes the provider's rows may name, as they are now (loaded once per job, a few thousand rows). */
    public ReferenceCodes referenceCodes(long providerId) {
        return DatabaseReferenceCodes.load(em, providerId);
    }

    /**
     * Writes a chunk: the problems the parser found, then the valid rows — customers found by card, else by phone and
     * name, or created; archives upserted by warranty card; lines by product; their technicians. Rows the database
     * refuses (a card of another provider's archive, the same card and product twice in the file) become problems
     * too. Returns the archives of the chunk. The stage is emptied by the commit.
     *
     * <p>Each card is looked up once, when the chunk is staged, and so is the customer of a new card (phone and name):
     * the lookups are correlated subqueries, one index probe per row whatever the planner believes of the tables' size
     * (the tables grow by a whole file during the job, faster than their statistics). A chunk of new cards — the
     * weekly case — then takes plain inserts only; the statements that compare with what is there (foreign cards,
     * earlier lines, changed addresses, changed archives) run only when the chunk has known cards or customers.
     */
    public List<LoadedArchive> write(ArchiveSubmission submission, List<ArchiveRow> rows, List<RowProblem> problems) {
        recordProblems(submission.getId(), problems);
        if (rows.isEmpty()) {
            return List.of();
        }
        Row known = stage(rows);
        long knownCards = known.longValue(0);
        long matchedCustomers = known.longValue(1);
        if (knownCards > 0) {
            refuseForeignCards(submission.getId(), submission.getProviderId());
        }
        refuseDuplicates(submission.getId());
        warnOutsideWeek(submission.getId(), submission.getWeekStart());
        createCustomers();
        if (matchedCustomers > 0) {
            moveMatchedCustomers();
        }
        insertArchives(submission);
        if (knownCards > 0) {
            updateKnownArchives();
            upsertKnownLines();
        }
        insertNewLines();
        addTechnicians();
        return Row.map(em.createNativeQuery("""
                select distinct on (installation_id) installation_id, customer_id, not known from archive_chunk
                where installation_id is not null
                order by installation_id, row_no""").getResultList(), LoadedArchive::of);
    }

    /**
     * Moves the counters past the chunk, once: only when the chunk is new ({@code firstRowNo} past the last row
     * written), so a chunk written again after a crash counts nothing twice.
     */
    public void count(long submissionId, int rowsRead, int firstRowNo, int lastRowNo) {
        em.createNativeQuery("""
                        update archive_submission s
                        set rows_read = rows_read + ?1,
                            rows_rejected = rows_rejected + p.rejected,
                            rows_written = rows_written + ?1 - p.rejected,
                            last_row_no = ?3, version = version + 1
                        from (select count(distinct row_no) as rejected from archive_submission_problem
                              where submission_id = ?4 and row_no between ?2 and ?3 and not warning) p
                        where s.id = ?4 and s.last_row_no < ?2""")
                .setParameter(1, rowsRead).setParameter(2, firstRowNo).setParameter(3, lastRowNo)
                .setParameter(4, submissionId).executeUpdate();
    }

    private void recordProblems(long submissionId, Collection<RowProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into archive_submission_problem (submission_id, row_no, column_name, reason_key, value)
                        select ?1, r, c, k, v
                        from unnest(cast(?2 as integer[]), cast(?3 as text[]), cast(?4 as text[]), cast(?5 as text[]))
                             as t(r, c, k, v)
                        on conflict do nothing""")
                .setParameter(1, submissionId)
                .setParameter(2, column(problems, RowProblem::rowNo))
                .setParameter(3, column(problems, p -> p.column() == null ? "" : p.column()))
                .setParameter(4, column(problems, RowProblem::reasonKey))
                .setParameter(5, column(problems, RowProblem::value))
                .executeUpdate();
    }

    /**
     * Stages the chunk, each row with the archive its card names (if any) and its customer: the archive's, else the
     * living customer with that phone and name. Both lookups are correlated (the {@code limit} keeps the archive's
     * from being flattened into a join the planner could hash against the whole table). The temporary table lives
     * as long as the connection, emptied at each commit: no truncate, no statistics to gather per chunk. Returns how
     * many rows name a known card, and how many a known customer.
     */
    private Row stage(List<ArchiveRow> rows) {
        em.createNativeQuery("""
                create temporary table if not exists archive_chunk (
                    row_no integer, card text, customer_name text, phone1 text, phone2 text, region_code char(6),
                    street text, suburban boolean, dealer_id bigint, product_id bigint, quantity numeric(10, 2),
                    unit_price numeric(10, 2), method text, installed_on date, accepted_on date, moved_in_on date,
                    technician_ids text, batch_no text, installation_id bigint, customer_id bigint,
                    card_provider_id bigint, card_submission_id bigint, known boolean, matched boolean
                ) on commit delete rows""").executeUpdate();
        em.createNativeQuery("""
                        insert into archive_chunk
                        select x.*, x.installation_id is not null, x.customer_id is not null
                        from (select u.*, a.id as installation_id,
                                     coalesce(a.customer_id,
                                              (select min(c.id) from customer_phone p join customer c on c.id = p.customer_id
                                               where p.number = u.phone1 and c.name = u.customer_name
                                                 and c.merged_into_id is null)) as customer_id,
                                     a.provider_id, a.submission_id
                              from unnest(cast(?1 as integer[]), cast(?2 as text[]), cast(?3 as text[]),
                                          cast(?4 as text[]), cast(?5 as text[]), cast(?6 as text[]),
                                          cast(?7 as text[]), cast(?8 as boolean[]), cast(?9 as bigint[]),
                                          cast(?10 as bigint[]), cast(?11 as numeric[]), cast(?12 as numeric[]),
                                          cast(?13 as text[]), cast(?14 as date[]), cast(?15 as date[]),
                                          cast(?16 as date[]), cast(?17 as text[]), cast(?18 as text[]))
                                   as u(row_no, card, customer_name, phone1, phone2, region_code, street, suburban,
                                        dealer_id, product_id, quantity, unit_price, method, installed_on, accepted_on,
                                        moved_in_on, technician_ids, batch_no)
                              left join lateral (select i.id, i.customer_id, i.provider_id, i.submission_id
                                                 from installation_archive i where i.warranty_card_no = u.card
                                                 limit 1) a on true) x""")
                .setParameter(1, column(rows, ArchiveRow::rowNo))
                .setParameter(2, column(rows, ArchiveRow::warrantyCardNo))
                .setParameter(3, column(rows, ArchiveRow::customerName))
                .setParameter(4, column(rows, r -> r.phones().isEmpty() ? null : r.phones().get(0)))
                .setParameter(5, column(rows, r -> r.phones().size() < 2 ? null : r.phones().get(1)))
                .setParameter(6, column(rows, ArchiveRow::regionCode))
                .setParameter(7, column(rows, ArchiveRow::street))
                .setParameter(8, column(rows, ArchiveRow::suburban))
                .setParameter(9, column(rows, ArchiveRow::dealerId))
                .setParameter(10, column(rows, ArchiveRow::productId))
                .setParameter(11, column(rows, r -> r.quantityM2().toPlainString()))
                .setParameter(12, column(rows, r -> r.unitPrice().toPlainString()))
                .setParameter(13, column(rows, r -> r.method().name()))
                .setParameter(14, column(rows, ArchiveRow::installedOn))
                .setParameter(15, column(rows, ArchiveRow::acceptedOn))
                .setParameter(16, column(rows, ArchiveRow::movedInOn))
                .setParameter(17, column(rows, r -> r.technicianIds() == null || r.technicianIds().isEmpty() ? null
                        : String.join(",", r.technicianIds().stream().map(String::valueOf).toList())))
                .setParameter(18, column(rows, ArchiveRow::batchNo))
                .executeUpdate();
        return Row.of(em.createNativeQuery("""
                select count(*) filter (where known), count(*) filter (where matched) from archive_chunk""")
                .getSingleResult());
    }

    /**
     * A row installed outside the week the file reports is loaded all the same (a late archive of an earlier week is
     * still an archive), with a warning on its row — the date, in the reader's language — in the submission's result.
     * Warnings are not rejections: they do not count among the rows rejected.
     */
    private void warnOutsideWeek(long submissionId, LocalDate weekStart) {
        em.createNativeQuery("""
                        insert into archive_submission_problem (submission_id, row_no, column_name, reason_key, value, warning)
                        select ?1, s.row_no, ?2, 'submission.warning.outsideWeek', to_char(s.installed_on, 'YYYY-MM-DD'), true
                        from archive_chunk s
                        where s.installed_on < cast(?3 as date) or s.installed_on > cast(?3 as date) + 6
                        on conflict do nothing""")
                .setParameter(1, submissionId).setParameter(2, ArchiveColumn.INSTALLED_ON.header())
                .setParameter(3, Date.valueOf(weekStart)).executeUpdate();
    }

    /** A warranty card already archived by another provider is not this provider's to change. */
    private void refuseForeignCards(long submissionId, long providerId) {
        em.createNativeQuery("""
                        with foreign_card as (
                            delete from archive_chunk s
                            where s.known and s.card_provider_id is distinct from ?2
                            returning s.row_no, s.card)
                        insert into archive_submission_problem (submission_id, row_no, column_name, reason_key, value)
                        select ?1, row_no, ?3, 'submission.error.foreignCard', card from foreign_card
                        on conflict do nothing""")
                .setParameter(1, submissionId).setParameter(2, providerId)
                .setParameter(3, ArchiveColumn.WARRANTY_CARD_NO.header()).executeUpdate();
    }

    /**
     * The same card and product on two rows of one file: the first counts, the second is reported with the row it
     * repeats — earlier in this chunk, or written by an earlier chunk (a line's source row, on an archive this
     * submission created; the same row written again after a restart is not a duplicate of itself). Only a known card
     * can have lines from an earlier chunk.
     */
    private void refuseDuplicates(long submissionId) {
        em.createNativeQuery("""
                        with earlier as (
                            select s.row_no, coalesce(
                                nullif(min(s.row_no) over (partition by s.card, s.product_id), s.row_no),
                                case when s.card_submission_id = ?1 then
                                    (select min(l.source_row) from installation_line l
                                     where l.installation_id = s.installation_id and l.product_id = s.product_id
                                       and l.source_row < s.row_no) end) as first_row
                            from archive_chunk s),
                        dropped as (
                            delete from archive_chunk s using earlier e
                            where e.row_no = s.row_no and e.first_row is not null
                            returning s.row_no, e.first_row)
                        insert into archive_submission_problem (submission_id, row_no, column_name, reason_key, value)
                        select ?1, row_no, '', 'submission.error.duplicateRow', cast(first_row as text) from dropped
                        on conflict do nothing""")
                .setParameter(1, submissionId).executeUpdate();
    }

    /**
     * The rows whose customer was not found (by card, nor by phone and name) get one, created once per phone and name
     * (ids drawn first, so that phones and rows can point at them in the same statement).
     */
    private void createCustomers() {
        em.createNativeQuery("""
                        with fresh as (
                            select nextval(pg_get_serial_sequence('customer', 'id')) as id, d.*
                            from (select distinct on (phone1, customer_name) phone1, phone2, customer_name, region_code,
                                         street, suburban, dealer_id
                                  from archive_chunk where customer_id is null
                                  order by phone1, customer_name, row_no) d),
                        inserted as (
                            insert into customer (id, name, customer_class, region_code, street, suburban, dealer_id,
                                                  created_at, updated_at)
                            select f.id, f.customer_name, 'NEW', f.region_code, f.street,
                                   f.suburban or coalesce(r.suburban, false), f.dealer_id, ?1, ?1
                            from fresh f left join region r on r.code = f.region_code
                            returning id),
                        phones as (
                            insert into customer_phone (customer_id, number, position)
                            select id, phone1, 0 from fresh
                            union all
                            select id, phone2, 1 from fresh where phone2 is not null and phone2 <> phone1
                            returning customer_id)
                        update archive_chunk s set customer_id = f.id
                        from fresh f
                        where s.customer_id is null and s.phone1 = f.phone1 and s.customer_name = f.customer_name""")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
    }

    /**
     * Known customers take the address the file gives (its first row for them), when it changed. Those just created
     * have it already. The customers are reached by their ids ({@code = any}), one index probe each.
     */
    private void moveMatchedCustomers() {
        em.createNativeQuery("""
                        update customer c set region_code = s.region_code, street = s.street, suburban = s.suburban,
                                              updated_at = ?1, version = c.version + 1
                        from (select distinct on (a.customer_id) a.customer_id, a.region_code, a.street,
                                     a.suburban or coalesce(r.suburban, false) as suburban
                              from archive_chunk a left join region r on r.code = a.region_code
                              where a.matched
                              order by a.customer_id, a.row_no) s
                        where c.id = any(array(select customer_id from archive_chunk where matched))
                          and c.id = s.customer_id
                          and (c.region_code, c.street, c.suburban) is distinct from (s.region_code, s.street, s.suburban)""")
                .setParameter(1, Timestamp.from(clock.instant())).executeUpdate();
    }

    /**
     * New archives, by warranty card, with the warranty policies in force on the installation day (for the first
     * product, the rule of PolicyBook: most specific, then latest) and "technical support only" when they arrive after
     * their installation week's deadline and the provider owed that week (registered before it was over). Both are
     * decided once per installation day and product of the chunk (a handful), not once per archive. A plain insert:
     * the card was looked up when the chunk was staged (a card another submission archived in the meantime fails
     * the chunk on the unique card, and its retry finds it known).
     */
    private void insertArchives(ArchiveSubmission submission) {
        em.createNativeQuery("""
                        with first_row as (
                            select distinct on (card) * from archive_chunk where not known order by card, row_no),
                        terms as materialized (
                            select d.installed_on, d.product_id, fp.id as free_period_policy_id, cr.id as card_rule_policy_id,
                                   ?5 > cast(d.installed_on - (extract(isodow from d.installed_on)::int - 1) + 7 as timestamp)
                                            at time zone 'Asia/Shanghai' + ?6 * interval '1 hour'
                                     and archive_week_owed(d.installed_on - (extract(isodow from d.installed_on)::int - 1),
                                                           (select sp.created_at from service_provider sp where sp.id = ?1))
                                       as technical_support_only
                            from (select distinct installed_on, product_id from first_row) d
                            join product p on p.id = d.product_id
                            cross join lateral (select v.id from policy_value v
                                                where v.policy_key = 'warranty.free-period' and v.case_type is null
                                                  and v.effective_from <= cast(d.installed_on as timestamp) at time zone 'Asia/Shanghai'
                                                  and (v.brand is null or v.brand = p.brand)
                                                  and (v.product_line is null or v.product_line = p.product_line)
                                                order by (v.brand is not null)::int * 4 + (v.product_line is not null)::int * 2 desc,
                                                         v.effective_from desc limit 1) fp
                            cross join lateral (select v.id from policy_value v
                                                where v.policy_key = 'warranty.card-required-from' and v.case_type is null
                                                  and v.effective_from <= cast(d.installed_on as timestamp) at time zone 'Asia/Shanghai'
                                                  and (v.brand is null or v.brand = p.brand)
                                                  and (v.product_line is null or v.product_line = p.product_line)
                                                order by (v.brand is not null)::int * 4 + (v.product_line is not null)::int * 2 desc,
                                                         v.effective_from desc limit 1) cr),
                        inserted as (
                            insert into installation_archive (customer_id, dealer_id, provider_id, installation_method,
                                   installed_on, accepted_on, moved_in_on, warranty_card_no, free_period_policy_id,
                                   card_rule_policy_id, created_at, created_by, submission_id, technical_support_only)
                            select a.customer_id, a.dealer_id, ?1, a.method, a.installed_on, a.accepted_on, a.moved_in_on,
                                   a.card, t.free_period_policy_id, t.card_rule_policy_id, ?2, ?3, ?4, t.technical_support_only
                            from first_row a
                            join terms t on t.installed_on = a.installed_on and t.product_id = a.product_id
                            returning id, warranty_card_no)
                        update archive_chunk s set installation_id = i.id
                        from inserted i where s.card = i.warranty_card_no""")
                .setParameter(1, submission.getProviderId())
                .setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, submission.getSubmittedBy())
                .setParameter(4, submission.getId())
                .setParameter(5, Timestamp.from(submission.getSubmittedAt()))
                .setParameter(6, deadlineHours(submission))
                .executeUpdate();
    }

    /** Known archives (this provider's) are updated only where the file changed something. */
    private void updateKnownArchives() {
        em.createNativeQuery("""
                update installation_archive i
                set customer_id = a.customer_id, dealer_id = a.dealer_id, installation_method = a.method,
                    installed_on = a.installed_on, accepted_on = a.accepted_on, moved_in_on = a.moved_in_on,
                    version = i.version + 1
                from (select distinct on (card) * from archive_chunk where known order by card, row_no) a
                where i.id = any(array(select installation_id from archive_chunk where known))
                  and i.id = a.installation_id
                  and (i.customer_id, i.dealer_id, i.installation_method, i.installed_on, i.accepted_on, i.moved_in_on)
                      is distinct from (a.customer_id, a.dealer_id, a.method, a.installed_on, a.accepted_on, a.moved_in_on)""")
                .executeUpdate();
    }

    /**
     * Lines of known archives by product. The batch (批号) is written when the row gives one; a row without it (an old
     * template, a blank cell) keeps the batch the line already has. A product new to the archive gets the next line.
     */
    private void upsertKnownLines() {
        em.createNativeQuery("""
                update installation_line l set quantity_m2 = s.quantity, unit_price = s.unit_price, source_row = s.row_no,
                                               batch_no = coalesce(s.batch_no, l.batch_no)
                from archive_chunk s
                where l.installation_id = any(array(select installation_id from archive_chunk where known))
                  and s.known and l.installation_id = s.installation_id and l.product_id = s.product_id
                  and (l.quantity_m2, l.unit_price, l.source_row, l.batch_no)
                      is distinct from (s.quantity, s.unit_price, s.row_no, coalesce(s.batch_no, l.batch_no))""")
                .executeUpdate();
        // offset 0: a correlated probe per row, never an anti-join the planner could hash against every line
        em.createNativeQuery("""
                insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price, source_row,
                                               batch_no)
                select s.installation_id,
                       coalesce((select max(l.line_no) from installation_line l where l.installation_id = s.installation_id), -1)
                           + row_number() over (partition by s.installation_id order by s.row_no),
                       s.product_id, s.quantity, s.unit_price, s.row_no, s.batch_no
                from archive_chunk s
                where s.known
                  and not exists (select 1 from installation_line l
                                  where l.installation_id = s.installation_id and l.product_id = s.product_id offset 0)""")
                .executeUpdate();
    }

    /** The lines of new archives: one per row, numbered from 0 in the file's order. */
    private void insertNewLines() {
        em.createNativeQuery("""
                insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price, source_row,
                                               batch_no)
                select s.installation_id, row_number() over (partition by s.installation_id order by s.row_no) - 1,
                       s.product_id, s.quantity, s.unit_price, s.row_no, s.batch_no
                from archive_chunk s
                where not s.known""")
                .executeUpdate();
    }

    private long deadlineHours(ArchiveSubmission submission) {
        Object hours = em.createNativeQuery("select value from policy_value where id = ?")
                .setParameter(1, submission.getDeadlinePolicyId()).getSingleResult();
        return Long.parseLong(hours.toString().trim());
    }

    /** The technicians each row names, on its archive (those already there stay). */
    private void addTechnicians() {
        em.createNativeQuery("""
                insert into installation_technician (installation_id, technician_id)
                select s.installation_id, cast(t as bigint)
                from archive_chunk s, unnest(string_to_array(s.technician_ids, ',')) t
                where s.technician_ids is not null and s.technician_ids <> ''
                on conflict do nothing""").executeUpdate();
    }

    private static <T> String column(Collection<T> rows, Function<T, ?> value) {
        return arrayLiteral(rows.stream().map(value).toList());
    }
}
