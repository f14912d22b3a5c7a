package com.aftersales.crm.jobs.boundary;

import com.aftersales.crm.jobs.entity.JobExecutionRow;
import com.aftersales.crm.jobs.entity.StepRow;

import java.io.Serializable;
import java.util.List;

/** A job run with each of its steps, in the order they ran. */
public record JobExecutionDetail(JobExecutionRow execution, List<StepRow> steps) implements Serializable {
}
