package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.Percent;

import java.io.Serializable;
import java.math.BigDecimal;

/** One agent's calls in a period: attempts, customers reached, surveys (and satisfied ones), unreachable marked. */
public record AgentWork(String agent, long attempts, long reached, long surveys, long satisfied, long unreachable)
        implements Serializable {

    /** Share of surveys that found the customer satisfied, in percent to one decimal (null without surveys). */
    public BigDecimal satisfactionPercent() {
        return Percent.of(satisfied, surveys);
    }
}
