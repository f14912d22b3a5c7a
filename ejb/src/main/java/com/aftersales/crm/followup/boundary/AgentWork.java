package com.aftersales.crm.followup.boundary;

import java.io.Serializable;

/** One agent's calls in a period: attempts, customers reached, surveys (and satisfied ones), unreachable marked. */
public record AgentWork(String agent, long attempts, long reached, long surveys, long satisfied, long unreachable)
        implements Serializable {

    /** Share of surveys that found the customer satisfied, in percent (0 without surveys). */
    public double satisfactionPercent() {
        return surveys == 0 ? 0 : 100.0 * satisfied / surveys;
    }
}
