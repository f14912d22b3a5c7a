package com.aftersales.crm.dashboard.boundary;

import com.aftersales.crm.dashboard.entity.Rates;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A provider's place in the ranking (服务商排名): by satisfaction rate, then SLA compliance, then the number of
 * answered surveys; with its complaints in the period.
 */
public record ProviderRank(long rank, long providerId, String code, String name, long surveys, long satisfied,
                           long clocks, long clocksMet, long complaints) implements Serializable {

    public BigDecimal satisfaction() {
        return Rates.percent(satisfied, surveys);
    }

    public BigDecimal slaCompliance() {
        return Rates.percent(clocksMet, clocks);
    }
}
