package com.aftersales.crm.web.shell;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * A list paged, sorted and filtered by the database through a boundary's {@code count}/{@code list} pair, with the
 * screen's filter already bound, and the screen's own order while the user has not clicked a column. The portal's
 * one lazy table model.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    /** The boundary's page query. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> of(int first, int max, String sortField, boolean ascending);
    }

    private final transient LongSupplier count;
    private final transient Page<T> page;
    private final transient ToLongFunction<T> id;
    private String defaultSort;
    private boolean defaultAscending;

    public PagedRows(LongSupplier count, Page<T> page, ToLongFunction<T> id, String defaultSort) {
        this(count, page, id, defaultSort, true);
    }

    public PagedRows(LongSupplier count, Page<T> page, ToLongFunction<T> id, String defaultSort, boolean defaultAscending) {
        this.count = count;
        this.page = page;
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
        return (int) count.getAsLong();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().filter(s -> s.getOrder() != SortOrder.UNSORTED).findFirst().orElse(null);
        return sort == null ? page.of(first, pageSize, defaultSort, defaultAscending)
                : page.of(first, pageSize, sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
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
