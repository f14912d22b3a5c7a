package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.customer.boundary.CustomerTimeline;
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
    CustomerTimeline timeline;

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
