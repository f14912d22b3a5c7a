package com.aftersales.crm.batch.report;

import com.aftersales.crm.report.entity.ReportSummary;
import com.aftersales.crm.report.boundary.WeeklyReportGeneration;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;

/**
 * The report step: one call to the generation service, in its transaction (the week's figures replaced at once; a
 * restart after a crash computes the week again). The report records this job execution as the run that made it.
 */
@Named("weeklyReportBatchlet")
@Dependent
public class WeeklyReportBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String week;

    @Inject
    @BatchProperty
    String requestedBy;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    WeeklyReportGeneration generation;

    @Override
    public String process() {
        String by = requestedBy == null || requestedBy.isBlank() ? WeeklyReportGeneration.SCHEDULE : requestedBy;
        ReportSummary report = generation.generate(LocalDate.parse(week), by, job.getExecutionId());
        String summary = "report=" + report.id() + " week=" + report.isoWeek() + " runs=" + report.runs();
        step.setExitStatus(summary);
        return summary;
    }
}
