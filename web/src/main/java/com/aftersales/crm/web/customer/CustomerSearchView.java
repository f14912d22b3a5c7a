package com.aftersales.crm.web.customer;

import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/** The one search box: phone fragment or last digits, name, warranty card number or address fragment. */
@Named
@ViewScoped
public class CustomerSearchView implements Serializable {

    @Inject
    Customers customers;

    @Getter @Setter private String query;
    @Getter private LazyDataModel<CustomerRow> results;

    @PostConstruct
    void init() {
        results = new PagedRows<>(() -> customers.count(query),
                (first, max, sortField, ascending) -> customers.search(query, first, max, sortField, ascending), CustomerRow::id, "name");
    }

    public boolean isCapped() {
        return results.getRowCount() > Customers.COUNT_CAP;
    }

    public int getCap() {
        return Customers.COUNT_CAP;
    }
}
