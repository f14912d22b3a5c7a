package com.aftersales.crm.dealer.control;

import com.aftersales.crm.dealer.entity.Dealer;
import com.aftersales.crm.dealer.entity.DealerRow;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/**
 * The dealers (经销商) as stored: the administrator's paged list, the pickers' options, code look-up, adding one. A
 * declared <b>read model</b> for the list: it joins {@code region} for each dealer's city name and filters on it, in the
 * one paged statement.
 */
@Dependent
public class DealerRepository {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "d.code", "name", "d.name", "city", "d.region_code", "marketLevel", "d.market_level",
            "contactName", "d.contact_name");

    private static final String FILTER = "(cast(?1 as text) is null or d.code ilike ?1 or d.name ilike ?1 "
            + "or d.contact_name ilike ?1 or r.name ilike ?1)";

    @PersistenceContext
    EntityManager em;

    public long count(String filter) {
        return Row.of(em.createNativeQuery("select count(*) from dealer d join region r on r.code = d.region_code where " + FILTER)
                .setParameter(1, containsPattern(filter)).getSingleResult()).longValue(0);
    }

    public List<DealerRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "d.code") + (ascending ? " asc" : " desc") + ", d.id";
        return Row.map(em.createNativeQuery("""
                        select d.id, d.code, d.name, r.name, d.market_level, d.contact_name, d.contact_phone, d.hotline
                        from dealer d join region r on r.code = d.region_code
                        where """ + FILTER + " order by " + order)
                .setParameter(1, containsPattern(filter))
                .setFirstResult(first).setMaxResults(max)
                .getResultList(), r -> new DealerRow(r.longValue(0), r.text(1), r.text(2), r.text(3), r.intValue(4),
                r.text(5), r.text(6), r.text(7)));
    }

    public List<Option> options() {
        return em.createQuery("select new com.aftersales.crm.shared.Option(d.id, d.member.code, d.member.name) from Dealer d "
                + "order by d.member.code", Option.class).getResultList();
    }

    public String name(long dealerId) {
        return em.createQuery("select d.member.name from Dealer d where d.id = :id", String.class)
                .setParameter("id", dealerId).getSingleResult();
    }

    /** The dealers holding this code, compared without case. */
    public List<Long> holdersOf(String code) {
        return em.createQuery("select d.id from Dealer d where lower(d.member.code) = lower(:code)", Long.class)
                .setParameter("code", code).getResultList();
    }

    public long add(Dealer dealer) {
        em.persist(dealer);
        em.flush();
        return dealer.getId();
    }
}
