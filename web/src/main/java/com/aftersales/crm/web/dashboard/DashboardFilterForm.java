package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.entity.Period;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * The dashboard's filter bar as typed, before "apply" turns it into a {@link DashboardFilter}: the months from and to
 * (both included), and optionally a province or city, a brand and a product line.
 */
public class DashboardFilterForm implements Serializable {

    private YearMonth from;
    private YearMonth to;
    private String region;
    private String brand;
    private String productLine;

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

    public YearMonth getFrom() {
        return from;
    }

    public void setFrom(YearMonth from) {
        this.from = from;
    }

    public YearMonth getTo() {
        return to;
    }

    public void setTo(YearMonth to) {
        this.to = to;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getProductLine() {
        return productLine;
    }

    public void setProductLine(String productLine) {
        this.productLine = productLine;
    }
}
