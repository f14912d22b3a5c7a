package com.aftersales.crm.dashboard.boundary;

import com.aftersales.crm.dashboard.entity.Period;
import com.aftersales.crm.dashboard.entity.RegionPrefix;

import java.io.Serializable;

/**
 * What every view is filtered by: the period (whole months), and optionally a province or city (its region code), a
 * brand and a product line. Blank means "all".
 */
public record DashboardFilter(Period period, String region, String brand, String productLine) implements Serializable {

    public DashboardFilter {
        if (period == null) {
            throw new IllegalArgumentException("a dashboard filter needs a period");
        }
        region = blankToNull(region);
        String prefix = RegionPrefix.of(region);
        if (prefix != null && prefix.length() > 4) {
            // the roll-ups know a customer's city, not its district
            throw new IllegalArgumentException("the dashboard filters by province or city, not by district: " + region);
        }
        brand = blankToNull(brand);
        productLine = blankToNull(productLine);
    }

    public static DashboardFilter of(Period period) {
        return new DashboardFilter(period, null, null, null);
    }

    /** The prefix of the region codes the filter covers, or null. */
    public String regionPrefix() {
        return RegionPrefix.of(region);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
