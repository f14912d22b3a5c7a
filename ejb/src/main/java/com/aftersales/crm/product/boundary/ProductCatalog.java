package com.aftersales.crm.product.boundary;

import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.shared.ProductSpec;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** Active products as staff (and dealers, on their quality complaint and return forms) pick them, labelled with the manual's spec. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER})
public class ProductCatalog {

    @PersistenceContext
    EntityManager em;

    public List<Option> options() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, code, name, category, length_mm, width_mm, thickness_mm, veneer_mm, colour_grade
                from product where active order by code""").getResultList();
        return rows.stream().map(r -> new Option(((Number) r[0]).longValue(), (String) r[1],
                ProductSpec.format((String) r[2], (String) r[3], ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                        ((Number) r[6]).intValue(), (BigDecimal) r[7], (String) r[8]))).toList();
    }
}
