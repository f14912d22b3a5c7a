package com.aftersales.crm.installation.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.ProductSpec;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;

/**
 * Read model of what an archive refers to: its products' brand, line and spec, its technicians', dealer's and
 * provider's names. It reads the {@code product}, {@code technician}, {@code dealer} and {@code service_provider}
 * tables directly because those areas offer no lookup of many ids at once, and the archive needs them in one
 * statement each (never one per line or technician).
 */
@Dependent
public class ArchiveReferences {

    /** A product as an archive line shows it and as its warranty policies are chosen. */
    public record Product(long id, String brand, String productLine, boolean premium, String code, String spec) {
    }

    @PersistenceContext
    EntityManager em;

    /** The products of these ids that exist, by id. */
    public List<Product> products(Collection<Long> ids) {
        return Row.map(em.createNativeQuery("""
                        select id, brand, product_line, premium, code, name, category, length_mm, width_mm, thickness_mm,
                               veneer_mm, colour_grade
                        from product where id = any(cast(string_to_array(?, ',') as bigint[])) order by id""")
                .setParameter(1, join(ids)).getResultList(),
                p -> new Product(p.longValue(0), p.text(1), p.text(2), p.bool(3), p.text(4),
                        ProductSpec.format(p.text(5), p.text(6), p.intValue(7), p.intValue(8), p.intValue(9), p.decimal(10),
                                p.text(11))));
    }

    /** The technicians' names, alphabetically. */
    public List<String> technicianNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(
                        "select name from technician where id = any(cast(string_to_array(?, ',') as bigint[])) order by name")
                .setParameter(1, join(ids)).getResultList();
        return names;
    }

    /** "code name" of the dealer, or null. */
    public String dealer(Long id) {
        return codeAndName("dealer", id);
    }

    /** "code name" of the service provider, or null. */
    public String provider(Long id) {
        return codeAndName("service_provider", id);
    }

    private String codeAndName(String table, Long id) {
        if (id == null) {
            return null;
        }
        return (String) em.createNativeQuery("select code || ' ' || name from " + table + " where id = ?")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
    }

    private static String join(Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
