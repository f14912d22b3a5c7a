package com.aftersales.crm.web.dashboard;

import com.aftersales.crm.dashboard.boundary.DashboardFilter;
import com.aftersales.crm.dashboard.entity.Breakdown;
import com.aftersales.crm.dashboard.entity.Period;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;

/** The filter and the view as the export link carries them: built by the page, read back by the export servlet. */
record DashboardRequest(DashboardFilter filter, DashboardTab tab, Breakdown by) {

    String query(String format) {
        Period p = filter.period();
        return "tab=" + tab.name() + "&by=" + by.name() + "&format=" + format + "&from=" + p.from() + "&to=" + p.to()
                + param("region", filter.region()) + param("brand", filter.brand()) + param("line", filter.productLine());
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Reads the link's parameters; anything malformed is an IllegalArgumentException (the servlet answers 400). */
    static DashboardRequest parse(Function<String, String> parameter) {
        try {
            Period period = new Period(LocalDate.parse(parameter.apply("from")), LocalDate.parse(parameter.apply("to")));
            DashboardFilter filter = new DashboardFilter(period, parameter.apply("region"), parameter.apply("brand"),
                    parameter.apply("line"));
            String by = parameter.apply("by");
            return new DashboardRequest(filter, DashboardTab.valueOf(parameter.apply("tab")),
                    by == null ? Breakdown.PROVIDER : Breakdown.valueOf(by));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad dashboard request", e);
        }
    }
}
