package com.aftersales.crm.web.admin;

import com.aftersales.crm.security.boundary.UserAdministration;
import com.aftersales.crm.security.entity.UserRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The user list, paged and sorted by the database. */
public class LazyUserDataModel extends LazyDataModel<UserRow> {

    private final transient UserAdministration users;
    private final transient Supplier<String> filter;

    LazyUserDataModel(UserAdministration users, Supplier<String> filter) {
        this.users = users;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) users.count(filter.get());
    }

    @Override
    public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return users.list(filter.get(), first, pageSize,
                sort == null ? "username" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(UserRow row) {
        return Long.toString(row.id());
    }

    @Override
    public UserRow getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> Long.toString(row.id()).equals(rowKey)).findFirst().orElse(null);
    }
}
