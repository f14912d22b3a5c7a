package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.followup.control.FollowUpFigures;
import com.aftersales.crm.followup.entity.AgentWork;
import com.aftersales.crm.followup.entity.Coverage;
import com.aftersales.crm.followup.entity.QueueHealth;
import com.aftersales.crm.security.boundary.Secured;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The supervisors' view of the follow-up work: queue health, each agent's calls, and coverage within the windows. */
@Stateless
@Secured(Duty.OVERSIGHT)
public class FollowUpReports {

    @Inject
    FollowUpFigures figures;

    @Inject
    Clock clock;

    public QueueHealth queueHealth() {
        return figures.queueHealth(clock.instant());
    }

    /** Each agent's calls from {@code from} (inclusive) to {@code to} (exclusive), Beijing dates, busiest first. */
    public List<AgentWork> agentWork(LocalDate from, LocalDate to) {
        return figures.agentWork(from, to);
    }

    /** Coverage of the installation and the repair/maintenance follow-ups whose window ended in the period. */
    public List<Coverage> coverage(LocalDate from, LocalDate to) {
        return figures.coverage(from, to);
    }
}
