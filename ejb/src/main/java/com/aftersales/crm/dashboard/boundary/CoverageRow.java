package com.aftersales.crm.dashboard.boundary;

import com.aftersales.crm.dashboard.entity.Rates;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Follow-up coverage and timeliness for one kind of follow-up (回访覆盖率与及时率): the calls whose window ended in the
 * period, those that reached the customer at all, and those that reached the customer within the window.
 */
public record CoverageRow(String kind, long due, long reached, long onTime) implements Serializable {

    public BigDecimal coverage() {
        return Rates.percent(reached, due);
    }

    public BigDecimal timeliness() {
        return Rates.percent(onTime, due);
    }
}
