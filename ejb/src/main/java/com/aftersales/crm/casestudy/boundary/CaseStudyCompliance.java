package com.aftersales.crm.casestudy.boundary;

import com.aftersales.crm.casestudy.control.CaseStudyRepository;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.provider.boundary.ProviderStatuses;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
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

    @Inject
    CaseStudyRepository studies;

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
        List<CaseStudyRepository.Recorded> recorded = studies.recordMonth(month, new BigDecimal(deduction.value()),
                deduction.id(), now);
        List<Long> suspended = statuses.suspendForRectification(
                studies.nonCompliantInARow(month, suspendAfter.asInt()));
        suspended.forEach(providerId -> studies.noticeSuspension(providerId, month, now));
        return new ComplianceResult(recorded.size(), (int) recorded.stream().filter(r -> !r.compliant()).count(), suspended);
    }
}
