package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.CaseRow;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.CaseStatus;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.web.shell.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import lombok.Getter;

/**
 * The case list of whoever looks: every case for the service department, the dealer's customers' cases for a dealer,
 * the provider's for a provider (the service decides). Filtered, sorted and paged by the database.
 */
@Named
@ViewScoped
public class CaseListView implements Serializable {

    @Inject
    ServiceCases cases;

    @Getter private final CaseFilter filter = new CaseFilter();
    @Getter private LazyDataModel<CaseRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedRows<>(() -> cases.count(filter),
                (first, max, sortField, ascending) -> cases.list(filter, first, max, sortField, ascending), CaseRow::id, "newest");
    }

    public boolean isCapped() {
        return rows.getRowCount() > ServiceCases.COUNT_CAP;
    }
}
