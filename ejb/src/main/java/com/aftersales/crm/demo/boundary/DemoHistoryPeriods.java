package com.aftersales.crm.demo.boundary;

import com.aftersales.crm.assessment.boundary.MonthEndAssessment;
import com.aftersales.crm.casestudy.boundary.CaseStudyCompliance;
import com.aftersales.crm.platform.control.JobPeriods;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One month end or one week of the demo's history, each in its own transaction with its claim in {@code job_period_run}
 * (job {@value DemoHistory#JOB}): a bean of its own because a singleton may not call itself while it starts.
 */
@Stateless
public class DemoHistoryPeriods {

    @Inject
    JobPeriods periods;

    @Inject
    CaseStudyCompliance caseStudies;

    @Inject
    MonthEndAssessment assessments;

    @Inject
    WeeklyReportGeneration reports;

    @Inject
    Clock clock;

    /** The month's service-case compliance and provider scores, once: claimed with them in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean closeMonth(YearMonth month) {
        if (!claim("month " + month)) {
            return false;
        }
        caseStudies.close(month);
        assessments.compute(month);
        return true;
    }

    /** The week's information report, once: claimed with it in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean reportWeek(LocalDate monday) {
        if (!claim("week " + monday)) {
            return false;
        }
        reports.generate(monday, DemoHistory.JOB, null);
        return true;
    }

    private boolean claim(String period) {
        return periods.claim(DemoHistory.JOB, period, clock.instant());
    }
}
