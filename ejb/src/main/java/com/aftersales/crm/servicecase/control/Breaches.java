package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.platform.control.Row;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records missed SLA clocks, set-based: each breach once per case, clock and deadline (the unique key decides, so a
 * watch that fires twice, or two servers watching at once, record it once), against the provider answerable at the time; each
 * new breach escalates the case to the supervisors and is written in the case's trail; the caller writes the breaches
 * it returns into the customers' timelines.
 */
@Dependent
public class Breaches {

    /**
     * Clocks still running past their deadline, unless paused for the maker, the dealer or the customer (the open pause
     * is found through the partial index {@code sla_pause_open_once}; a resumed pause has moved the deadline already).
     */
    private static final String RUNNING_PAST_DUE = """
            select sc.id as case_id, 'FIRST_REPLY' as clock, sc.provider_id, sc.first_reply_due as due_at,
                   sc.first_reply_policy_id as policy_id
            from service_case sc, now
            where sc.status <> 'CLOSED' and sc.first_replied_at is null and sc.first_reply_due < now.t
              and not exists (select from sla_pause p where p.case_id = sc.id and p.clock = 'FIRST_REPLY' and p.cycle = sc.reopen_count
                              and p.resumed_at is null and p.rejected_at is null and p.party <> 'PROVIDER')
            union all
            select sc.id, 'ON_SITE', sc.provider_id, sc.on_site_due, sc.on_site_policy_id
            from service_case sc, now
            where sc.status <> 'CLOSED' and sc.on_site_at is null and sc.on_site_due < now.t
              and not exists (select from sla_pause p where p.case_id = sc.id and p.clock = 'ON_SITE' and p.cycle = sc.reopen_count
                              and p.resumed_at is null and p.rejected_at is null and p.party <> 'PROVIDER')
            """;

    /** Clocks of one case stopped after their deadline. */
    private static final String STOPPED_LATE = """
            select sc.id as case_id, 'FIRST_REPLY' as clock, sc.provider_id, sc.first_reply_due as due_at,
                   sc.first_reply_policy_id as policy_id
            from service_case sc
            where sc.id = cast(? as bigint) and sc.first_replied_at > sc.first_reply_due
            union all
            select sc.id, 'ON_SITE', sc.provider_id, sc.on_site_due, sc.on_site_policy_id
            from service_case sc
            where sc.id = cast(? as bigint) and sc.on_site_at > sc.on_site_due
            """;

    private static final String RECORD = """
            with now as (select cast(? as timestamptz) as t),
            missed as (%s),
            breached as (
                insert into sla_breach (case_id, clock, provider_id, due_at, policy_id, detected_at)
                select case_id, clock, provider_id, due_at, policy_id, (select t from now) from missed
                on conflict (case_id, clock, due_at) do nothing
                returning case_id, clock
            ),
            escalated as (
                insert into case_escalation (case_id, reason, escalated_at)
                select case_id, clock || '_BREACH', (select t from now) from breached
            ),
            marked as (
                update service_case sc
                set escalated_at = coalesce(sc.escalated_at, (select t from now)), version = sc.version + 1
                from breached b where sc.id = b.case_id
            ),
            trail as (
                insert into case_history (case_id, occurred_at, actor, action)
                select case_id, (select t from now), 'system', clock || '_BREACHED' from breached
            )
            select b.case_id, sc.customer_id, b.clock from breached b join service_case sc on sc.id = b.case_id
            order by b.case_id, b.clock
            """;

    /** A breach just recorded, with the customer whose timeline is to show it. */
    public record Breach(long caseId, long customerId, String clock) {
    }

    @PersistenceContext
    EntityManager em;

    /** Every clock past its deadline at {@code now}; returns the breaches that were new. */
    public List<Breach> detect(Instant now) {
        return breaches(em.createNativeQuery(RECORD.formatted(RUNNING_PAST_DUE)).setParameter(1, Timestamp.from(now)));
    }

    /** The clocks of one case that just stopped after their deadline (a late reply or visit). */
    public List<Breach> recordLate(long caseId, Instant now) {
        return breaches(em.createNativeQuery(RECORD.formatted(STOPPED_LATE))
                .setParameter(1, Timestamp.from(now)).setParameter(2, caseId).setParameter(3, caseId));
    }

    private static List<Breach> breaches(Query query) {
        return Row.map(query.getResultList(), r -> new Breach(r.longValue(0), r.longValue(1), r.text(2)));
    }
}
