package com.aftersales.crm.web.admin;

import com.aftersales.crm.product.boundary.ProductAdministration;
import com.aftersales.crm.product.boundary.ProductDraft;
import com.aftersales.crm.product.entity.ProductRow;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

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
        products = new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public long count() {
                return administration.count(filter);
            }

            @Override
            public List<ProductRow> page(int first, int max, String sortField, boolean ascending) {
                return administration.list(filter, first, max, sortField, ascending);
            }
        }, ProductRow::id, "code");
    }

    public void startCreate() {
        editingId = null;
        draft = new ProductDraft();
    }

    public void startEdit(long id) {
        editingId = id;
        draft = administration.load(id);
    }

    public void save() {
        try {
            if (editingId == null) {
                administration.create(draft);
                Messages.info("admin.products.created", draft.getCode());
            } else {
                administration.update(editingId, draft);
                Messages.info("admin.products.saved", draft.getCode());
            }
            PrimeFaces.current().executeScript("PF('productDialog').hide()");
        } catch (InvalidInput invalid) {
            Messages.fieldError("productForm:" + invalid.field(), "admin.products.field." + invalid.field(), invalid.messageKey());
        } catch (ConcurrentChange conflict) {
            Messages.error("error.concurrentChange");
        }
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
