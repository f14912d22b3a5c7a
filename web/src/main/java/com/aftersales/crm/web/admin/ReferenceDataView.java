package com.aftersales.crm.web.admin;

import com.aftersales.crm.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/**
 * What the reference data screens share: a list narrowed by a search text, and one dialog that creates a record or
 * edits the one chosen. The bundle's {@code admin.<records>.created} and {@code .saved} name the record saved; the
 * subclass's {@code @Refusals} say where a refused field goes.
 *
 * @param <R> a row of the list
 * @param <D> the draft the dialog edits
 */
public abstract class ReferenceDataView<R, D> implements Serializable {

    private final String records;
    private final String dialog;
    @Getter private LazyDataModel<R> rows;
    @Getter @Setter private String filter;
    private Long editingId;
    @Getter private D draft;

    /** {@code records} as the bundle's keys name them ({@code "dealers"}), {@code dialog} the dialog's widget. */
    protected ReferenceDataView(String records, String dialog) {
        this.records = records;
        this.dialog = dialog;
    }

    /** The list, paged by the database, with {@link #getFilter()} bound. */
    protected abstract LazyDataModel<R> rows();

    protected abstract D newDraft();

    protected abstract D find(long id);

    protected abstract void create(D draft);

    protected abstract void update(long id, D draft);

    /** The record as the saved message names it: its code, or its name. */
    protected abstract String title(D draft);

    @PostConstruct
    void init() {
        rows = rows();
        draft = newDraft();
    }

    public void startCreate() {
        editingId = null;
        draft = newDraft();
    }

    public void startEdit(long id) {
        editingId = id;
        draft = find(id);
    }

    public void save() {
        if (editingId == null) {
            create(draft);
            Messages.info("admin." + records + ".created", title(draft));
        } else {
            update(editingId, draft);
            Messages.info("admin." + records + ".saved", title(draft));
        }
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
    }

    public boolean isCreating() {
        return editingId == null;
    }

    protected Long editingId() {
        return editingId;
    }
}
