package com.aftersales.crm.web.quality;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A list paged, sorted and filtered by the database through a boundary's {@code count}/{@code list} pair, with the
 * screen's own default order. (The same idea as the admin lists' model; kept here so that this branch does not
 * depend on where that one lives.)
 */
public class LazyRows<T> extends LazyDataModel<T> {

    /** The boundary's two queries, with the screen's filter already bound. */
    public interface Source<T> {
        long count();

        List<T> page(int first, int max, String sortField, boolean ascending);
    }

    private final transient Source<T> source;
    private final transient ToLongFunction<T> id;
    private String defaultSort;
    private boolean defaultAscending;

    public LazyRows(Source<T> source, ToLongFunction<T> id, String defaultSort, boolean defaultAscending) {
        this.source = source;
        this.id = id;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
    }

    /** The order when the user has not clicked a column (a queue: oldest deadline first). */
    public void defaultOrder(String field, boolean ascending) {
        this.defaultSort = field;
        this.defaultAscending = ascending;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.count();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return sort == null ? source.page(first, pageSize, defaultSort, defaultAscending)
                : source.page(first, pageSize, sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
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
