package com.aftersales.crm.batch.assessment;

import com.aftersales.crm.assessment.boundary.MonthEndAssessment;
import com.aftersales.crm.assessment.boundary.MonthResult;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;

/**
 * The month-end scoring step: one call to the assessment service, in its transaction (set-based; a rerun replaces the
 * month's lines, a confirmed month is left alone). The step's exit status says what it did.
 */
@Named("monthlyAssessmentBatchlet")
@Dependent
public class MonthlyAssessmentBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String month;

    @Inject
    StepContext step;

    @Inject
    MonthEndAssessment assessment;

    @Override
    public String process() {
        MonthResult result = assessment.compute(YearMonth.parse(month));
        String summary = result.confirmed() ? "confirmed, left as it is" : "assessed=" + result.assessed();
        step.setExitStatus(summary);
        return summary;
    }
}
