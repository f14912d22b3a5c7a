package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.entity.Period;

import java.io.Serializable;
import java.time.YearMonth;
import lombok.Getter;
import lombok.Setter;

/**
 * The dashboard's filter bar as typed, before "apply" turns it into a {@link DashboardFilter}: the months from and to
 * (both included), and optionally a province or city, a brand and a product line.
 */
public class DashboardFilterForm implements Serializable {

    @Getter @Setter private YearMonth from;
    @Getter @Setter private YearMonth to;
    @Getter @Setter private String region;
    @Getter @Setter private String brand;
    @Getter @Setter private String productLine;

    DashboardFilterForm(Period period) {
        from = period.first();
        to = period.last();
    }

    /** The filter the bar says, or null for a period that ends before it starts (or a district instead of a city). */
    DashboardFilter toFilter() {
        if (from == null || to == null || to.isBefore(from)) {
            return null;
        }
        try {
            return new DashboardFilter(Period.of(from, to), region, brand, productLine);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
