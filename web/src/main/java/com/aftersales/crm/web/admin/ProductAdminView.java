package com.aftersales.crm.web.admin;

import com.aftersales.crm.product.boundary.ProductAdministration;
import com.aftersales.crm.product.boundary.ProductDraft;
import com.aftersales.crm.product.boundary.ProductRow;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/** Products (产品): list with the spec, create, edit. */
@Named
@ViewScoped
public class ProductAdminView implements Serializable {

    @Inject
    ProductAdministration administration;

    private LazyDataModel<ProductRow> products;
    private String filter;
    private Long editingId;
    private ProductDraft draft = new ProductDraft();

    @PostConstruct
    void init() {
        products = new PagedRows<>(() -> administration.count(filter),
                (first, max, sortField, ascending) -> administration.list(filter, first, max, sortField, ascending), ProductRow::id, "code");
    }

    public void startCreate() {
        editingId = null;
        draft = new ProductDraft();
    }

    public void startEdit(long id) {
        editingId = id;
        draft = administration.load(id);
    }

    @Refusals(form = "productForm", labels = "admin.products.field.")
    public void save() {
        if (editingId == null) {
            administration.create(draft);
            Messages.info("admin.products.created", draft.getCode());
        } else {
            administration.update(editingId, draft);
            Messages.info("admin.products.saved", draft.getCode());
        }
        PrimeFaces.current().executeScript("PF('productDialog').hide()");
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public LazyDataModel<ProductRow> getProducts() {
        return products;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public ProductDraft getDraft() {
        return draft;
    }
}
