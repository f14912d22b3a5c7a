package com.aftersales.crm.assessment.boundary;

import com.aftersales.crm.assessment.control.MonthlyAssessor;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.YearMonth;

/**
 * Scores a month for the month-end job (no user on a batch thread, as for the service-case month end): the same
 * computation a supervisor starts from the portal. A confirmed month is left as it is.
 */
@Stateless
public class MonthEndAssessment {

    public static final String JOB = "monthly-assessment";
    static final String SYSTEM = "month-end";

    @Inject
    MonthlyAssessor assessor;

    @Inject
    AssessmentPolicies policies;

    @Inject
    Clock clock;

    public MonthResult compute(YearMonth month) {
        if (MonthEndAssessment.isConfirmed(assessor.status(month))) {
            return new MonthResult(month, 0, true);
        }
        int assessed = assessor.compute(month, policies.month(month), clock.instant(), SYSTEM);
        return new MonthResult(month, Math.max(assessed, 0), assessed < 0);
    }

    static boolean isConfirmed(String status) {
        return "CONFIRMED".equals(status);
    }
}
