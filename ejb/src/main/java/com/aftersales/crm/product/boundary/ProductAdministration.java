package com.aftersales.crm.product.boundary;

import com.aftersales.crm.shared.SqlValues;
import static com.aftersales.crm.shared.SqlValues.containsPattern;

import com.aftersales.crm.product.entity.Product;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Map;

/** The administrator's product (产品) maintenance: paged list showing the spec, create, edit. */
@Stateless
@Secured(Role.ADMIN)
public class ProductAdministration {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "p.code", "brand", "p.brand", "productLine", "p.product_line", "spec", "p.name",
            "premium", "p.premium");

    private static final String FILTER = "(cast(?1 as text) is null or p.code ilike ?1 or p.brand ilike ?1 "
            + "or p.product_line ilike ?1 or p.name ilike ?1 or p.category ilike ?1)";

    @PersistenceContext
    EntityManager em;

    public long count(String filter) {
        return ((Number) em.createNativeQuery("select count(*) from product p where " + FILTER)
                .setParameter(1, containsPattern(filter)).getSingleResult()).longValue();
    }

    /** The spec is the entity's own rule, so the page reads entities (a page is at most a hundred rows). */
    public List<ProductRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "p.code") + (ascending ? " asc" : " desc") + ", p.id";
        @SuppressWarnings("unchecked")
        List<Product> page = em.createNativeQuery("select p.* from product p where " + FILTER + " order by " + order, Product.class)
                .setParameter(1, containsPattern(filter))
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
        return page.stream().map(p -> new ProductRow(p.getId(), p.getCode(), p.getBrand(), p.getProductLine(), p.spec(),
                p.isPremium(), p.isActive())).toList();
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
        em.persist(product);
        em.flush();
        return product.getId();
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
        em.flush();
    }

    private static int millimetres(Integer value) {
        return value == null ? 0 : value;
    }

    private void requireUniqueCode(String code, Long self) {
        boolean taken = em.createQuery("select p.id from Product p where lower(p.code) = lower(:code)", Long.class)
                .setParameter("code", code == null ? "" : code.trim()).getResultList().stream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInput("code", "refdata.error.codeTaken");
        }
    }

    private Product find(long id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFound("product " + id);
        }
        return product;
    }
}
