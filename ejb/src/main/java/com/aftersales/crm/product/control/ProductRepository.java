package com.aftersales.crm.product.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.product.entity.Product;
import com.aftersales.crm.product.entity.ProductRow;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.shared.ProductSpec;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/** The products as stored: the administrator's paged list, the pickers' options, code look-up, adding one. */
@Dependent
public class ProductRepository {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "p.code", "brand", "p.brand", "productLine", "p.product_line", "spec", "p.name",
            "premium", "p.premium");

    private static final String FILTER = "(cast(?1 as text) is null or p.code ilike ?1 or p.brand ilike ?1 "
            + "or p.product_line ilike ?1 or p.name ilike ?1 or p.category ilike ?1)";

    @PersistenceContext
    EntityManager em;

    public long count(String filter) {
        return Row.of(em.createNativeQuery("select count(*) from product p where " + FILTER)
                .setParameter(1, containsPattern(filter)).getSingleResult()).longValue(0);
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

    /** Active products, labelled with the manual's spec. */
    public List<Option> options() {
        return Row.map(em.createNativeQuery("""
                select id, code, name, category, length_mm, width_mm, thickness_mm, veneer_mm, colour_grade
                from product where active order by code""").getResultList(), r -> new Option(r.longValue(0), r.text(1),
                ProductSpec.format(r.text(2), r.text(3), r.intValue(4), r.intValue(5), r.intValue(6), r.decimal(7),
                        r.text(8))));
    }

    /** The products holding this code, compared without case. */
    public List<Long> holdersOf(String code) {
        return em.createQuery("select p.id from Product p where lower(p.code) = lower(:code)", Long.class)
                .setParameter("code", code).getResultList();
    }

    public long add(Product product) {
        em.persist(product);
        em.flush();
        return product.getId();
    }
}
