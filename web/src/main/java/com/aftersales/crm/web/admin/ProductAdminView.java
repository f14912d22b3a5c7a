package com.aftersales.crm.web.admin;

import com.aftersales.crm.product.boundary.ProductAdministration;
import com.aftersales.crm.product.boundary.ProductDraft;
import com.aftersales.crm.product.entity.ProductRow;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.web.shell.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/** Products (产品): list with the spec, create, edit. */
@Named
@ViewScoped
@Refusals(form = "productForm", labels = "admin.products.field.")
public class ProductAdminView extends ReferenceDataView<ProductRow, ProductDraft> {

    @Inject
    ProductAdministration administration;

    public ProductAdminView() {
        super("products", "productDialog");
    }

    @Override
    protected LazyDataModel<ProductRow> rows() {
        return new PagedRows<>(() -> administration.count(getFilter()),
                (first, max, sortField, ascending) -> administration.list(getFilter(), first, max, sortField, ascending),
                ProductRow::id, "code");
    }

    @Override
    protected ProductDraft newDraft() {
        return new ProductDraft();
    }

    @Override
    protected ProductDraft find(long id) {
        return administration.load(id);
    }

    @Override
    protected void create(ProductDraft draft) {
        administration.create(draft);
    }

    @Override
    protected void update(long id, ProductDraft draft) {
        administration.update(id, draft);
    }

    @Override
    protected String title(ProductDraft draft) {
        return draft.getCode();
    }
}
