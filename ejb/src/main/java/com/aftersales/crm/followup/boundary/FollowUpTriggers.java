package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.dispatch.boundary.VisitCompleted;
import com.aftersales.crm.followup.control.FollowUpWindow;
import com.aftersales.crm.followup.control.RetrySchedule;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.installation.boundary.InstallationRecorded;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.servicecase.boundary.CaseAwaitingAcceptance;
import com.aftersales.crm.servicecase.boundary.CaseBackInService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * The follow-ups the system owes customers (100%回访), created in the transaction of the event that requires them,
 * with the window policy in force then: an installation recorded (7 days from its acceptance, or its installation day
 * when no acceptance is recorded), a repair or maintenance visit completed (24 h), a complaint's handling checked
 * (24 h; it closes only on a satisfied answer). Each event makes one call at most, whoever sends it again (an import run
 * twice): the follow-up's source key is unique.
 */
@Stateless
public class FollowUpTriggers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyLookup policies;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    public void installationRecorded(@Observes InstallationRecorded event) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select i.customer_id, i.dealer_id, i.provider_id, coalesce(i.accepted_on, i.installed_on),
                               p.brand, p.product_line
                        from installation_archive i
                        left join installation_line l on l.installation_id = i.id and l.line_no = 1
                        left join product p on p.id = l.product_id
                        where i.id = ?""")
                .setParameter(1, event.installationId()).getResultList();
        Object[] r = rows.get(0);
        LocalDate accepted = r[3] instanceof Date date ? date.toLocalDate() : (LocalDate) r[3];
        Instant from = accepted.atStartOfDay(RetrySchedule.BUSINESS_ZONE).toInstant();
        create(FollowUpKind.INSTALLATION, "I:" + event.installationId(), new FollowUpCall.Subject(id(r[0]),
                event.installationId(), null, null, nullableId(r[2]), nullableId(r[1]), null), from, (String) r[4], (String) r[5]);
    }

    /**
     * The same rule as {@link #installationRecorded} for many archives at once (a spreadsheet's chunk), in one statement:
     * the window policy in force now for each archive's first product, its deadline as {@link FollowUpWindow} computes
     * it (days: to the end of the last day, Beijing time; hours: on the clock). An archive that already has its call
     * gets none (the source key), so loading a file twice changes nothing.
     */
    public int installationsLoaded(long[] installationIds) {
        if (installationIds.length == 0) {
            return 0;
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> created = em.createNativeQuery("""
                        insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, dealer_id,
                                               created_at, due_from, due_at, window_policy_id, priority, status, ready_at)
                        select 'INSTALLATION', 'I:' || i.id, i.customer_id, i.id, i.provider_id, i.dealer_id, ?1,
                               d.due_from,
                               case w.unit when 'DAYS' then cast(d.day + cast(w.value as integer) + 1 as timestamp)
                                                               at time zone 'Asia/Shanghai'
                                           when 'HOURS' then d.due_from + cast(w.value as integer) * interval '1 hour'
                                           else d.due_from + cast(w.value as integer) * interval '1 minute' end,
                               w.id, ?2, 'OPEN', ?1
                        from installation_archive i
                        cross join lateral (select coalesce(i.accepted_on, i.installed_on) as day,
                                                   cast(coalesce(i.accepted_on, i.installed_on) as timestamp)
                                                       at time zone 'Asia/Shanghai' as due_from) d
                        left join lateral (select p.brand, p.product_line from installation_line l
                                           join product p on p.id = l.product_id
                                           where l.installation_id = i.id order by l.line_no limit 1) pr on true
                        cross join lateral (select v.id, v.value, v.unit from policy_value v
                                            where v.policy_key = ?3 and v.effective_from <= ?1 and v.case_type is null
                                              and (v.brand is null or v.brand = pr.brand)
                                              and (v.product_line is null or v.product_line = pr.product_line)
                                            order by (v.brand is not null)::int * 4 + (v.product_line is not null)::int * 2 desc,
                                                     v.effective_from desc
                                            limit 1) w
                        where i.id = any(cast(?4 as bigint[]))
                        on conflict (source_key) do nothing
                        returning id, customer_id""")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, FollowUpKind.INSTALLATION.priority())
                .setParameter(3, FollowUpKind.INSTALLATION.windowPolicy())
                .setParameter(4, "{" + String.join(",", java.util.Arrays.stream(installationIds)
                        .mapToObj(Long::toString).toList()) + "}")
                .getResultList();
        if (!created.isEmpty()) {
            timeline.appendAll("FOLLOW_UP_DUE", "FOLLOW_UP", created.stream().map(r -> new long[]{id(r[1]), id(r[0])}).toList());
        }
        return created.size();
    }

    public void visitCompleted(@Observes VisitCompleted event) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select sc.case_type, sc.customer_id, sc.installation_id, o.provider_id, sc.dealer_id, o.done_at,
                               sc.brand, sc.product_line
                        from dispatch_order o join service_case sc on sc.id = o.case_id
                        where o.id = ?""")
                .setParameter(1, event.orderId()).getSingleResult();
        if (!"REPAIR".equals(r[0]) && !"MAINTENANCE".equals(r[0])) {
            return;
        }
        create(FollowUpKind.VISIT, "O:" + event.orderId(), new FollowUpCall.Subject(id(r[1]), nullableId(r[2]),
                event.caseId(), event.orderId(), nullableId(r[3]), nullableId(r[4]), null), instant(r[5]),
                (String) r[6], (String) r[7]);
    }

    public void caseAwaitingAcceptance(@Observes CaseAwaitingAcceptance event) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        select sc.case_type, sc.customer_id, sc.installation_id, sc.provider_id, sc.dealer_id,
                               sc.brand, sc.product_line,
                               (select count(*) from follow_up f where f.case_id = sc.id and f.kind = 'COMPLAINT'),
                               (select max(o.id) from dispatch_order o where o.case_id = sc.id)
                        from service_case sc where sc.id = ?""")
                .setParameter(1, event.caseId()).getSingleResult();
        if (!"COMPLAINT".equals(r[0])) {
            return;
        }
        create(FollowUpKind.COMPLAINT, "C:" + event.caseId() + ":" + (id(r[7]) + 1), new FollowUpCall.Subject(id(r[1]),
                nullableId(r[2]), event.caseId(), nullableId(r[8]), nullableId(r[3]), nullableId(r[4]), null),
                clock.instant(), (String) r[5], (String) r[6]);
    }

    /**
     * A complaint back in service (the customer refused the result, or it was reopened): the follow-up that was to ask
     * about the previous handling is no longer owed; the next check creates a new one.
     */
    public void caseBackInService(@Observes CaseBackInService event) {
        @SuppressWarnings("unchecked")
        List<Object[]> cancelled = em.createNativeQuery("""
                        update follow_up set status = 'CANCELLED', claimed_by = null, claim_expires_at = null,
                                             completed_at = ?, version = version + 1
                        where case_id = ? and kind = 'COMPLAINT' and status = 'OPEN'
                        returning id, customer_id""")
                .setParameter(1, java.sql.Timestamp.from(clock.instant())).setParameter(2, event.caseId()).getResultList();
        cancelled.forEach(r -> timeline.append(id(r[1]), "FOLLOW_UP_CANCELLED", "#" + id(r[0]), "FOLLOW_UP", id(r[0])));
    }

    private void create(FollowUpKind kind, String sourceKey, FollowUpCall.Subject subject, Instant from, String brand,
                        String line) {
        if (((Number) em.createNativeQuery("select count(*) from follow_up where source_key = ?")
                .setParameter(1, sourceKey).getSingleResult()).longValue() > 0) {
            return;
        }
        Instant now = clock.instant();
        PolicyVersion window = policies.inForce(kind.windowPolicy(), brand, line, now);
        FollowUpCall call = new FollowUpCall(kind, sourceKey, subject, from,
                FollowUpWindow.due(from, window.value(), window.unit()), window.id(), now);
        em.persist(call);
        em.flush();
        timeline.append(subject.customerId(), "FOLLOW_UP_DUE", "#" + call.getId(), "FOLLOW_UP", call.getId());
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Long nullableId(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
