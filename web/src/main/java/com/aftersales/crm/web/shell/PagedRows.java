package com.aftersales.crm.web.shell;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A reference data list, paged, sorted and filtered by the database through a boundary's {@code count}/{@code list}
 * pair. One class for the five lists, which differ only in those two calls (the users list keeps its own model).
 */
public class PagedRows<T> extends LazyDataModel<T> {

    /** The boundary's two queries, with the screen's filter already bound. */
    public interface Source<T> {
        long count();

        List<T> page(int first, int max, String sortField, boolean ascending);
    }

    private final transient Source<T> source;
    private final transient ToLongFunction<T> id;
    private final String defaultSort;

    public PagedRows(Source<T> source, ToLongFunction<T> id, String defaultSort) {
        this.source = source;
        this.id = id;
        this.defaultSort = defaultSort;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return source.page(first, pageSize, sort == null ? defaultSort : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(id.applyAsLong(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : getWrappedData().stream()
                .filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
