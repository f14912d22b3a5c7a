package com.aftersales.crm.casestudy.boundary;

import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.provider.boundary.ProviderStatuses;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Closing a month for the service cases (called by the month-end job, never from a screen): every active provider
 * whose agreement was signed by the month's end is compliant with at least one case that counts; otherwise it is
 * recorded as missing or worthless with the deduction in force (manual: 50 RMB). A provider non-compliant for the
 * policy's number of months in a row (3) is suspended for rectification and told so in its portal. Set-based and
 * idempotent: a month is recorded once per provider, so running it again changes nothing.
 */
@Stateless
public class CaseStudyCompliance {

    public static final String DEDUCTION = "case-study.deduction";
    public static final String SUSPEND_AFTER = "case-study.suspend-after";

    @PersistenceContext
    EntityManager em;

    @Inject
    PolicyLookup policies;

    @Inject
    ProviderStatuses statuses;

    @Inject
    Clock clock;

    public ComplianceResult close(YearMonth month) {
        Instant now = clock.instant();
        PolicyVersion deduction = policies.inForce(DEDUCTION, null, null, now);
        PolicyVersion suspendAfter = policies.inForce(SUSPEND_AFTER, null, null, now);
        Date first = Date.valueOf(month.atDay(1));
        @SuppressWarnings("unchecked")
        List<Object[]> recorded = em.createNativeQuery("""
                        insert into case_study_compliance (provider_id, month, compliant, reason, deduction,
                                                           deduction_policy_id, recorded_at)
                        select p.id, ?, c.counts > 0,
                               case when c.counts > 0 then null when c.submitted > 0 then 'WORTHLESS' else 'MISSING' end,
                               case when c.counts > 0 then 0 else ? end,
                               case when c.counts > 0 then null else ? end, ?
                        from service_provider p
                        cross join lateral (select count(*) filter (where not s.worthless) as counts, count(*) as submitted
                                            from case_study s where s.provider_id = p.id and s.month = ?) c
                        where p.status = 'ACTIVE' and p.agreement_signed_on is not null
                          and p.agreement_signed_on < cast(? as date) + interval '1 month'
                        on conflict (provider_id, month) do nothing
                        returning provider_id, compliant""")
                .setParameter(1, first).setParameter(2, new BigDecimal(deduction.value())).setParameter(3, deduction.id())
                .setParameter(4, Timestamp.from(now)).setParameter(5, first).setParameter(6, first).getResultList();
        int months = suspendAfter.asInt();
        @SuppressWarnings("unchecked")
        List<Number> inARow = em.createNativeQuery("""
                        select c.provider_id from case_study_compliance c
                        where c.month > cast(? as date) - ? * interval '1 month' and c.month <= ? and not c.compliant
                        group by c.provider_id having count(*) = ?""")
                .setParameter(1, first).setParameter(2, months).setParameter(3, first).setParameter(4, months)
                .getResultList();
        List<Long> suspended = statuses.suspendForRectification(inARow.stream().map(Number::longValue).toList());
        suspended.forEach(providerId -> em.createNativeQuery("""
                        insert into provider_notice (provider_id, kind, period, created_at)
                        values (?, 'SUSPENDED_CASE_STUDIES', ?, ?) on conflict do nothing""")
                .setParameter(1, providerId).setParameter(2, first).setParameter(3, Timestamp.from(now)).executeUpdate());
        return new ComplianceResult(recorded.size(), (int) recorded.stream().filter(r -> !((Boolean) r[1])).count(), suspended);
    }
}
