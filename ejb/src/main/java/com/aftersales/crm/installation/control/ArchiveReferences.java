package com.aftersales.crm.installation.control;

import com.aftersales.crm.installation.entity.InstallationFacts;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.ProductSpec;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read model of what an archive refers to: its products' brand, line and spec, its technicians', dealer's and
 * provider's names, and the first line's product for a case. It reads the {@code product}, {@code technician}, {@code dealer} and {@code service_provider}
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

    /**
     * The archive a case is about: the one named, if it is the customer's, else the customer's latest; with its
     * first line's brand and line (from {@code product}).
     */
    public Optional<InstallationFacts> facts(long customerId, Long installationId) {
        return Row.map(em.createNativeQuery("""
                        select i.id, i.dealer_id, i.provider_id, p.brand, p.product_line
                        from installation_archive i
                        left join installation_line l on l.installation_id = i.id and l.line_no = 1
                        left join product p on p.id = l.product_id
                        where i.customer_id = ? and (cast(? as bigint) is null or i.id = cast(? as bigint))
                        order by i.installed_on desc, i.id desc limit 1""")
                .setParameter(1, customerId).setParameter(2, installationId).setParameter(3, installationId)
                .getResultList(),
                r -> new InstallationFacts(r.longValue(0), r.longOrNull(1), r.longOrNull(2), r.text(3), r.text(4)))
                .stream().findFirst();
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
