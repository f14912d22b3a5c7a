package com.aftersales.crm.product.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.product.control.ProductRepository;
import com.aftersales.crm.product.entity.Product;
import com.aftersales.crm.product.entity.ProductRow;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The administrator's product (产品) maintenance: paged list showing the spec, create, edit. */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class ProductAdministration {

    @Inject
    ProductRepository products;

    @Inject
    Aggregates aggregates;

    public long count(String filter) {
        return products.count(filter);
    }

    /** The spec is the entity's own rule, so the page reads entities (a page is at most a hundred rows). */
    public List<ProductRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        return products.list(filter, first, max, sortField, ascending);
    }

    public ProductDraft load(long id) {
        Product product = find(id);
        ProductDraft draft = new ProductDraft();
        draft.setCode(product.getCode());
        draft.setBrand(product.getBrand());
        draft.setProductLine(product.getProductLine());
        draft.setName(product.getName());
        draft.setCategory(product.getCategory());
        draft.setLengthMm(product.getLengthMm());
        draft.setWidthMm(product.getWidthMm());
        draft.setThicknessMm(product.getThicknessMm());
        draft.setVeneerMm(product.getVeneerMm());
        draft.setColourGrade(product.getColourGrade());
        draft.setPremium(product.isPremium());
        draft.setVersion(product.getVersion());
        return draft;
    }

    public long create(@NotNull @Valid ProductDraft draft) {
        requireUniqueCode(draft.getCode(), null);
        Product product = new Product(draft.getCode(), draft.getBrand(), draft.getProductLine(), draft.getName(),
                draft.getCategory(), millimetres(draft.getLengthMm()), millimetres(draft.getWidthMm()),
                millimetres(draft.getThicknessMm()), draft.getVeneerMm(), draft.getColourGrade(), draft.isPremium());
        return products.add(product);
    }

    public void update(long id, @NotNull @Valid ProductDraft draft) {
        Product product = find(id);
        if (product.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("product " + product.getCode());
        }
        requireUniqueCode(draft.getCode(), id);
        product.recode(draft.getCode());
        product.revise(draft.getBrand(), draft.getProductLine(), draft.getName(), draft.getCategory(),
                millimetres(draft.getLengthMm()), millimetres(draft.getWidthMm()), millimetres(draft.getThicknessMm()),
                draft.getVeneerMm(), draft.getColourGrade(), draft.isPremium());
        aggregates.flush("product", id);
    }

    private static int millimetres(Integer value) {
        return value == null ? 0 : value;
    }

    private void requireUniqueCode(String code, Long self) {
        boolean taken = products.holdersOf(code == null ? "" : code.trim()).stream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInput("code", "refdata.error.codeTaken");
        }
    }

    private Product find(long id) {
        return aggregates.find(Product.class, id, "product");
    }
}
