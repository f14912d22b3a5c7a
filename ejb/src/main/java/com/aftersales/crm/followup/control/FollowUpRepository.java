package com.aftersales.crm.followup.control;

import com.aftersales.crm.followup.entity.AttemptView;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.followup.entity.FollowUpAttempt;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpRow;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every statement on the follow-ups (回访) and their attempts: the agents' queue and its reservations, the lists, a new
 * call.
 *
 * <p>A declared <b>read model</b> across areas where a list needs it: each row carries its customer's and provider's
 * names and its survey ({@code customer}, {@code service_provider}, {@code survey_response}, joined in the one paged
 * statement), the search finds customers by phone or name ({@code customer_phone}, {@code customer}) in a sub-select,
 * and "next call" reads the claim policy ({@code policy_value}) inside its single claiming statement — the queue's one
 * round trip, which FollowUpQueueBenchmark measures with 50 agents on 5,000,000 follow-ups.
 */
@Dependent
public class FollowUpRepository {

    /** The policy that says for how many minutes "next call" reserves a follow-up for the agent. */
    public static final String CLAIM = "followup.claim-minutes";

    private static final String ROW_COLUMNS = """
            select f.id, f.kind, f.status, f.customer_id, c.name, f.case_id, f.installation_id, p.name, f.due_at,
                   f.priority, f.ready_at, f.claimed_by, f.claim_expires_at, f.attempts, f.last_outcome, f.completed_at,
                   f.satisfied, r.id
            from follow_up f
            join customer c on c.id = f.customer_id
            left join service_provider p on p.id = f.provider_id
            left join survey_response r on r.follow_up_id = f.id
            """;

    /**
     * "Next call" in one round trip: the agent's own live reservation if it holds one; otherwise the head of the queue
     * — open, callable now, not reserved, deadline first then priority — reserved for the agent for the claim policy's
     * minutes. Rows another agent is claiming at the same instant are skipped (FOR UPDATE SKIP LOCKED), and a row
     * claimed meanwhile fails the re-check of the WHERE clause, so no follow-up is ever handed to two agents.
     * FollowUpQueueBenchmark: 50 agents at once on 5,000,000 follow-ups.
     */
    private static final String CLAIM_NEXT = """
            with held as (
                select id from follow_up
                where status = 'OPEN' and claimed_by = ?1 and claim_expires_at > ?2
                limit 1),
            claimed as (
                update follow_up
                set claimed_by = ?1,
                    claim_expires_at = cast(?2 as timestamptz) + (select p.value::integer from policy_value p
                                             where p.policy_key = '@CLAIM@' and p.effective_from <= ?2
                                             order by p.effective_from desc limit 1) * interval '1 minute'
                where not exists (select 1 from held)
                  and id = (select id from follow_up
                            where status = 'OPEN' and ready_at <= ?2
                              and (claim_expires_at is null or claim_expires_at <= ?2)
                            order by due_at, priority, id
                            limit 1 for update skip locked)
                returning id)
            select id from held union all select id from claimed""".replace("@CLAIM@", CLAIM);

    @PersistenceContext
    EntityManager em;

    /** The follow-up the agent already holds, or the most urgent free one, now reserved for the agent. */
    public Optional<Long> claimNext(String agent, Instant now) {
        return Row.map(em.createNativeQuery(CLAIM_NEXT)
                .setParameter(1, agent).setParameter(2, Timestamp.from(now)).getResultList(), r -> r.longValue(0))
                .stream().findFirst();
    }

    /**
     * Reserves the follow-up for the agent unless another agent holds it now, and releases the agent's other
     * reservation; false when another agent holds it.
     */
    public boolean take(long followUpId, String agent, Instant claimUntil, Instant now) {
        int taken = em.createNativeQuery("""
                        update follow_up set claimed_by = ?, claim_expires_at = ?
                        where id = ? and status = 'OPEN'
                          and (claimed_by is null or claimed_by = ? or claim_expires_at <= ?)""")
                .setParameter(1, agent).setParameter(2, Timestamp.from(claimUntil)).setParameter(3, followUpId)
                .setParameter(4, agent).setParameter(5, Timestamp.from(now)).executeUpdate();
        if (taken == 0) {
            return false;
        }
        em.createNativeQuery("""
                        update follow_up set claimed_by = null, claim_expires_at = null
                        where status = 'OPEN' and claimed_by = ? and id <> ?""")
                .setParameter(1, agent).setParameter(2, followUpId).executeUpdate();
        return true;
    }

    public void release(long followUpId, String agent) {
        em.createNativeQuery("""
                        update follow_up set claimed_by = null, claim_expires_at = null
                        where id = ? and status = 'OPEN' and claimed_by = ?""")
                .setParameter(1, followUpId).setParameter(2, agent).executeUpdate();
    }

    public FollowUpRow row(long followUpId) {
        return rows(ROW_COLUMNS + " where f.id = ?", List.of(followUpId)).get(0);
    }

    public List<AttemptView> attempts(long followUpId) {
        return Row.map(em.createNativeQuery("""
                        select attempt_no, agent, called_at, outcome, call_back_at, note
                        from follow_up_attempt where follow_up_id = ? order by attempt_no""")
                .setParameter(1, followUpId).getResultList(), a -> new AttemptView(a.intValue(0), a.text(1),
                a.instant(2), a.enumValue(3, CallOutcome.class), a.instant(4), a.text(5)));
    }

    /** When the customer was tried without reaching them (no answer, busy, wrong number). */
    public List<Instant> failedAttemptTimes(long followUpId) {
        return Row.map(em.createNativeQuery("""
                        select called_at from follow_up_attempt
                        where follow_up_id = ? and outcome in ('NO_ANSWER', 'BUSY', 'WRONG_NUMBER')""")
                .setParameter(1, followUpId).getResultList(), r -> r.instant(0));
    }

    public void add(FollowUpAttempt attempt) {
        em.persist(attempt);
    }

    /** Whether the event with this source key already has its call (an event makes one at most). */
    public boolean exists(String sourceKey) {
        return Row.of(em.createNativeQuery("select count(*) from follow_up where source_key = ?")
                .setParameter(1, sourceKey).getSingleResult()).longValue(0) > 0;
    }

    /** A new call, stored with the transaction's other changes. */
    public void add(FollowUpCall call) {
        em.persist(call);
    }

    /** A new call, stored now, for its id. */
    public long addNow(FollowUpCall call) {
        em.persist(call);
        em.flush();
        return call.getId();
    }

    /** Cancels the case's open complaint call (its handling is back in service); returns the calls cancelled. */
    public List<FollowUpSources.Created> cancelComplaintCalls(long caseId, Instant now) {
        return Row.map(em.createNativeQuery("""
                        update follow_up set status = 'CANCELLED', claimed_by = null, claim_expires_at = null,
                                             completed_at = ?, version = version + 1
                        where case_id = ? and kind = 'COMPLAINT' and status = 'OPEN'
                        returning id, customer_id""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, caseId).getResultList(),
                r -> new FollowUpSources.Created(r.longValue(0), r.longValue(1)));
    }

    /**
     * A page of follow-ups, most urgent first (finished ones: latest first); {@code overdueOnly} compares with
     * {@code now}; {@code text} is an id, a phone number or a name's start.
     */
    public List<FollowUpRow> list(FollowUpStatus status, FollowUpKind kind, boolean overdueOnly, String text, Instant now,
                                  int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(status, kind, overdueOnly, text, now, parameters);
        String order = status == FollowUpStatus.OPEN ? " order by f.due_at, f.priority, f.id"
                : " order by f.due_at desc, f.id desc";
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        return rows(ROW_COLUMNS + " where f.id in (select f.id from follow_up f" + where + order + " limit ? offset ?)"
                + order, parameters);
    }

    /** How many follow-ups match, counted up to 1000 + 1. */
    public long count(FollowUpStatus status, FollowUpKind kind, boolean overdueOnly, String text, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(status, kind, overdueOnly, text, now, parameters);
        parameters.add(1001);
        return Row.of(SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from follow_up f" + where
                + " limit ?) hits"), parameters).getSingleResult()).longValue(0);
    }

    /** The follow-ups about a case, oldest first. */
    public List<FollowUpRow> forCase(long caseId) {
        return rows(ROW_COLUMNS + " where f.case_id = ? order by f.created_at, f.id", List.of(caseId));
    }

    private static String where(FollowUpStatus status, FollowUpKind kind, boolean overdueOnly, String text, Instant now,
                                List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (status != null) {
            where.append(" and f.status = ?");
            parameters.add(status.name());
        }
        if (kind != null) {
            where.append(" and f.kind = ?");
            parameters.add(kind.name());
        }
        if (overdueOnly) {
            where.append(" and f.status = 'OPEN' and f.due_at < ?");
            parameters.add(Timestamp.from(now));
        }
        if (text != null) {
            String digits = text.replaceAll("[\\s-]", "");
            if (digits.matches("\\d{1,10}")) {
                where.append(" and f.id = ?");
                parameters.add(Long.parseLong(digits));
            } else if (digits.matches("\\d{11,16}")) {
                where.append(" and f.customer_id in (select customer_id from customer_phone where number = ?)");
                parameters.add(digits);
            } else {
                where.append(" and f.customer_id = any(array(select c.id from customer c"
                        + " where c.name like ? and c.merged_into_id is null limit 1000))");
                parameters.add(SqlValues.containsPattern(text).replaceFirst("^%", ""));
            }
        }
        return where.toString();
    }

    private List<FollowUpRow> rows(String sql, List<Object> parameters) {
        return Row.map(SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList(), r -> new FollowUpRow(
                r.longValue(0), r.enumValue(1, FollowUpKind.class), r.enumValue(2, FollowUpStatus.class), r.longValue(3),
                r.text(4), r.longOrNull(5), r.longOrNull(6), r.text(7), r.instant(8), r.intValue(9), r.instant(10),
                r.text(11), r.instant(12), r.intValue(13), r.enumValue(14, CallOutcome.class), r.instant(15),
                r.isNull(16) ? null : r.bool(16), r.longOrNull(17)));
    }
}
