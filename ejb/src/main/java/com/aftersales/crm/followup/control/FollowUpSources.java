package com.aftersales.crm.followup.control;

import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.platform.control.Row;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * What the events that owe a customer a follow-up say about it: who, which provider and dealer, from when, and the
 * brand and line whose window policy applies.
 *
 * <p>A declared <b>read model and set-based writer</b> across areas: the triggers read the event's own rows —
 * {@code installation_archive}, {@code installation_line} and {@code product} for an installation,
 * {@code dispatch_order} and {@code service_case} for a visit or a complaint — in the transaction of the event, which
 * those areas' boundaries are still writing; and a loaded spreadsheet's chunk gets its calls in one
 * {@code INSERT … SELECT} from {@code installation_archive} with the window policy ({@code policy_value}) of each
 * archive's first product, never a statement per archive.
 */
@Dependent
public class FollowUpSources {

    /** An installation archive as its follow-up needs it; {@code from} is its acceptance day, else its installation day. */
    public record Installation(long customerId, Long dealerId, Long providerId, LocalDate from, String brand,
                               String productLine) {
    }

    /** A dispatch order's visit, with its case. */
    public record Visit(String caseType, long customerId, Long installationId, Long providerId, Long dealerId,
                        Instant doneAt, String brand, String productLine) {
    }

    /** A case whose handling was checked, with the complaint calls it had so far and its latest order. */
    public record CheckedCase(String caseType, long customerId, Long installationId, Long providerId, Long dealerId,
                              String brand, String productLine, long complaintCalls, Long lastOrderId) {
    }

    /** A follow-up made, for the customer's timeline. */
    public record Created(long followUpId, long customerId) {
    }

    @PersistenceContext
    EntityManager em;

    public Installation installation(long installationId) {
        Row r = Row.of(em.createNativeQuery("""
                        select i.customer_id, i.dealer_id, i.provider_id, coalesce(i.accepted_on, i.installed_on),
                               p.brand, p.product_line
                        from installation_archive i
                        left join installation_line l on l.installation_id = i.id and l.line_no = 1
                        left join product p on p.id = l.product_id
                        where i.id = ?""")
                .setParameter(1, installationId).getResultList().get(0));
        return new Installation(r.longValue(0), r.longOrNull(1), r.longOrNull(2), r.date(3), r.text(4), r.text(5));
    }

    /**
     * The installation follow-ups of many archives at once (a spreadsheet's chunk), in one statement: the window
     * policy in force at {@code now} for each archive's first product, its deadline as {@link FollowUpWindow} computes
     * it (days: to the end of the last day, Beijing time; hours: on the clock). An archive that already has its call
     * gets none (the source key), so loading a file twice changes nothing. The policy is looked up once per brand and
     * line of the chunk (a handful), not once per archive; each archive is one probe of its primary key (a list of
     * ids as {@code = any} is planned as a scan of every archive once the list is long).
     */
    public List<Created> installationsLoaded(long[] installationIds, Instant now) {
        return Row.map(em.createNativeQuery("""
                        with a as materialized (
                            select i.id, i.customer_id, i.provider_id, i.dealer_id, i.day, pr.brand, pr.product_line
                            from (select distinct id from unnest(cast(?4 as bigint[])) as k(id)) k
                            cross join lateral (select i.id, i.customer_id, i.provider_id, i.dealer_id,
                                                       coalesce(i.accepted_on, i.installed_on) as day
                                                from installation_archive i where i.id = k.id limit 1) i
                            left join lateral (select p.brand, p.product_line from installation_line l
                                               join product p on p.id = l.product_id
                                               where l.installation_id = i.id order by l.line_no limit 1) pr on true),
                        w as materialized (
                            select k.brand, k.product_line, v.id, v.value, v.unit
                            from (select distinct brand, product_line from a) k
                            cross join lateral (select v.id, v.value, v.unit from policy_value v
                                                where v.policy_key = ?3 and v.effective_from <= ?1 and v.case_type is null
                                                  and (v.brand is null or v.brand = k.brand)
                                                  and (v.product_line is null or v.product_line = k.product_line)
                                                order by (v.brand is not null)::int * 4 + (v.product_line is not null)::int * 2 desc,
                                                         v.effective_from desc
                                                limit 1) v)
                        insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, dealer_id,
                                               created_at, due_from, due_at, window_policy_id, priority, status, ready_at)
                        select 'INSTALLATION', 'I:' || a.id, a.customer_id, a.id, a.provider_id, a.dealer_id, ?1,
                               d.due_from,
                               case w.unit when 'DAYS' then cast(a.day + cast(w.value as integer) + 1 as timestamp)
                                                               at time zone 'Asia/Shanghai'
                                           when 'HOURS' then d.due_from + cast(w.value as integer) * interval '1 hour'
                                           else d.due_from + cast(w.value as integer) * interval '1 minute' end,
                               w.id, ?2, 'OPEN', ?1
                        from a
                        join w on w.brand is not distinct from a.brand and w.product_line is not distinct from a.product_line
                        cross join lateral (select cast(a.day as timestamp) at time zone 'Asia/Shanghai' as due_from) d
                        on conflict (source_key) do nothing
                        returning id, customer_id""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, FollowUpKind.INSTALLATION.priority())
                .setParameter(3, FollowUpKind.INSTALLATION.windowPolicy())
                .setParameter(4, "{" + String.join(",", Arrays.stream(installationIds)
                        .mapToObj(Long::toString).toList()) + "}")
                .getResultList(), r -> new Created(r.longValue(0), r.longValue(1)));
    }

    public Visit visit(long orderId) {
        Row r = Row.of(em.createNativeQuery("""
                        select sc.case_type, sc.customer_id, sc.installation_id, o.provider_id, sc.dealer_id, o.done_at,
                               sc.brand, sc.product_line
                        from dispatch_order o join service_case sc on sc.id = o.case_id
                        where o.id = ?""")
                .setParameter(1, orderId).getSingleResult());
        return new Visit(r.text(0), r.longValue(1), r.longOrNull(2), r.longOrNull(3), r.longOrNull(4), r.instant(5),
                r.text(6), r.text(7));
    }

    public CheckedCase checkedCase(long caseId) {
        Row r = Row.of(em.createNativeQuery("""
                        select sc.case_type, sc.customer_id, sc.installation_id, sc.provider_id, sc.dealer_id,
                               sc.brand, sc.product_line,
                               (select count(*) from follow_up f where f.case_id = sc.id and f.kind = 'COMPLAINT'),
                               (select max(o.id) from dispatch_order o where o.case_id = sc.id)
                        from service_case sc where sc.id = ?""")
                .setParameter(1, caseId).getSingleResult());
        return new CheckedCase(r.text(0), r.longValue(1), r.longOrNull(2), r.longOrNull(3), r.longOrNull(4), r.text(5),
                r.text(6), r.longValue(7), r.longOrNull(8));
    }
}
