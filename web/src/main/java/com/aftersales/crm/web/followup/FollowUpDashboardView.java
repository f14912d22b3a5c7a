package com.aftersales.crm.web.followup;

import com.aftersales.crm.followup.boundary.FollowUpReports;
import com.aftersales.crm.followup.entity.AgentWork;
import com.aftersales.crm.followup.entity.Coverage;
import com.aftersales.crm.followup.entity.QueueHealth;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** The supervisors' follow-up view: queue health now; each agent's calls and the coverage over a period (30 days by default). */
@Named
@ViewScoped
public class FollowUpDashboardView implements Serializable {

    @Inject
    FollowUpReports reports;

    @Getter @Setter private LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(30);
    @Getter @Setter private LocalDate to = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    @Getter private QueueHealth health;
    @Getter private List<AgentWork> agents;
    @Getter private List<Coverage> coverage;

    public void load() {
        health = reports.queueHealth();
        refresh();
    }

    public void refresh() {
        LocalDate end = (to == null ? from : to).plusDays(1);
        agents = reports.agentWork(from, end);
        coverage = reports.coverage(from, end);
    }
}
