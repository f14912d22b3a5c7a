package com.aftersales.crm.batch.casestudy;

import com.aftersales.crm.casestudy.boundary.CaseStudyCompliance;
import com.aftersales.crm.casestudy.boundary.ComplianceResult;
import com.aftersales.crm.jobs.boundary.StepCounts;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;

/**
 * The month-end step: one call to the compliance service, in its transaction (set-based, idempotent: a restart after a
 * crash records what was missing and nothing twice). The step's exit status says what it recorded, and its counts
 * (providers recorded, read and written) go where the job monitor adds them to the runtime's (which counts chunk steps
 * only).
 */
@Named("caseStudyComplianceBatchlet")
@Dependent
public class CaseStudyComplianceBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String month;

    @Inject
    StepContext step;

    @Inject
    CaseStudyCompliance compliance;

    @Inject
    StepCounts counts;

    @Override
    public String process() {
        ComplianceResult result = compliance.close(YearMonth.parse(month));
        // a batchlet reports no counts to the runtime: the providers examined and the months recorded, for the monitor
        counts.record(step.getStepExecutionId(), result.assessed(), result.assessed());
        String summary = "assessed=" + result.assessed() + " deductions=" + result.deductions()
                + " suspended=" + result.suspended().size();
        step.setExitStatus(summary);
        return summary;
    }
}
