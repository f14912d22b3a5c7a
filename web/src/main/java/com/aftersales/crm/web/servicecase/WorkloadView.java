package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.dispatch.boundary.DispatchOrders;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What waits for the caller, for the home pages: open and overdue cases, live and overdue orders (capped counts). */
@Named
@RequestScoped
public class WorkloadView {

    @Inject
    ServiceCases cases;

    @Inject
    DispatchOrders orders;

    public long getOpenCases() {
        return cases.count(new CaseFilter());
    }

    public long getOverdueCases() {
        CaseFilter filter = new CaseFilter();
        filter.setOverdueOnly(true);
        return cases.count(filter);
    }

    public long getLiveOrders() {
        return orders.count(new OrderFilter());
    }

    public long getOverdueOrders() {
        OrderFilter filter = new OrderFilter();
        filter.setOverdueOnly(true);
        return orders.count(filter);
    }

    public long getEscalations() {
        return cases.openEscalations(200).size();
    }
}
