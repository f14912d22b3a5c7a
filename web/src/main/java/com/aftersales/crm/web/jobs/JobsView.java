package com.aftersales.crm.web.jobs;

import com.aftersales.crm.jobs.boundary.JobExecutionDetail;
import com.aftersales.crm.jobs.entity.JobExecutionRow;
import com.aftersales.crm.jobs.boundary.JobMonitor;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * 作业监控: the batch runs, newest first and paged, with their progress (polled while one of the page runs); start a
 * job, stop or restart a run, and a run's steps and failure in a dialog.
 */
@Named
@ViewScoped
public class JobsView implements Serializable {

    @Inject
    transient JobMonitor monitor;

    @Getter private PagedRows<JobExecutionRow> rows;
    @Getter private List<String> startableJobs;
    @Getter @Setter private String job;
    @Getter @Setter private String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
    @Getter private JobExecutionDetail selected;

    public void load() {
        rows = new PagedRows<>(() -> monitor.count(),
                (first, max, sortField, ascending) -> monitor.list(first, max), JobExecutionRow::executionId, "executionId");
        startableJobs = monitor.startableJobs();
        if (job == null && !startableJobs.isEmpty()) {
            job = startableJobs.get(0);
        }
    }

    @Refusals(form = "start", labels = "jobs.field.")
    public void start() {
        long execution = monitor.start(job, month);
        Messages.info("jobs.started", Messages.text("jobs.name." + job), Long.toString(execution));
    }

    @Refusals(notFound = "jobs.error.notFound")
    public void stop(long executionId) {
        monitor.stop(executionId);
        Messages.info("jobs.stopping", Long.toString(executionId));
    }

    @Refusals(notFound = "jobs.error.notFound")
    public void restart(long executionId) {
        long execution = monitor.restart(executionId);
        Messages.info("jobs.restarted", Long.toString(executionId), Long.toString(execution));
    }

    @Refusals(notFound = "jobs.error.notFound")
    public void select(long executionId) {
        selected = null;
        selected = monitor.detail(executionId);
    }

    /** Polled: the open run's detail again (the table reloads itself). */
    public void refresh() {
        if (selected != null) {
            select(selected.execution().executionId());
        }
    }

    /** Whether a run on the page shown (or the one open) is still going: the page then polls. */
    public boolean isAnyRunning() {
        List<JobExecutionRow> shown = rows == null ? null : rows.getWrappedData();
        return (shown != null && shown.stream().anyMatch(JobExecutionRow::running))
                || (selected != null && selected.execution().running());
    }
}
