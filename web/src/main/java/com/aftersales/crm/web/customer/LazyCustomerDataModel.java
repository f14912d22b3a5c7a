package com.aftersales.crm.web.customer;

import com.aftersales.crm.customer.boundary.CustomerRow;
import com.aftersales.crm.customer.boundary.Customers;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Customers matching the search box, paged and sorted by the database; the count stops at 1,000. */
public class LazyCustomerDataModel extends LazyDataModel<CustomerRow> {

    private final transient Customers customers;
    private final transient Supplier<String> query;

    LazyCustomerDataModel(Customers customers, Supplier<String> query) {
        this.customers = customers;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) customers.count(query.get());
    }

    @Override
    public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return customers.search(query.get(), first, pageSize, sort == null ? "name" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(CustomerRow row) {
        return Long.toString(row.id());
    }

    @Override
    public CustomerRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
