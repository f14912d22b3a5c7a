package com.aftersales.crm.provider.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.provider.entity.ProviderRow;
import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.shared.Option;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/**
 * The service providers (服务商) as stored: the administrator's paged list (with each provider's active technicians,
 * a table of this area), the pickers' options, code look-up, adding one. A declared <b>read model</b> for the list: it
 * joins {@code region} for each provider's city name and filters on it, in the one paged statement.
 */
@Dependent
public class ServiceProviderRepository {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "p.code", "name", "p.name", "city", "p.region_code", "marketLevel", "p.market_level",
            "grade", "p.grade", "status", "p.status", "deposit", "p.deposit", "agreementSignedOn", "p.agreement_signed_on");

    private static final String FILTER = "(cast(?1 as text) is null or p.code ilike ?1 or p.name ilike ?1 "
            + "or p.contact_name ilike ?1 or r.name ilike ?1) and (cast(?2 as text) is null or p.status = ?2)";

    @PersistenceContext
    EntityManager em;

    public long count(String filter, ServiceProvider.Status status) {
        return Row.of(em.createNativeQuery("select count(*) from service_provider p join region r on r.code = p.region_code where " + FILTER)
                .setParameter(1, containsPattern(filter)).setParameter(2, status == null ? null : status.name())
                .getSingleResult()).longValue(0);
    }

    public List<ProviderRow> list(String filter, ServiceProvider.Status status, int first, int max, String sortField,
                                  boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "p.code") + (ascending ? " asc" : " desc") + ", p.id";
        return Row.map(em.createNativeQuery("""
                        select p.id, p.code, p.name, r.name, p.market_level, p.contact_name, p.contact_phone, p.hotline,
                               p.agreement_signed_on, p.grade, p.status, p.deposit,
                               (select count(*) from technician t where t.provider_id = p.id and t.active), p.version
                        from service_provider p join region r on r.code = p.region_code
                        where """ + FILTER + " order by " + order)
                .setParameter(1, containsPattern(filter)).setParameter(2, status == null ? null : status.name())
                .setFirstResult(first).setMaxResults(max)
                .getResultList(), r -> new ProviderRow(r.longValue(0), r.text(1), r.text(2), r.text(3), r.intValue(4),
                r.text(5), r.text(6), r.text(7), r.date(8), r.text(9), r.enumValue(10, ServiceProvider.Status.class),
                r.decimal(11), r.longValue(12), r.longValue(13)));
    }

    public List<Option> options() {
        return em.createQuery("select new com.aftersales.crm.shared.Option(p.id, p.member.code, p.member.name) "
                + "from ServiceProvider p order by p.member.code", Option.class).getResultList();
    }

    /** Providers that may receive work today (not suspended for rectification, not terminated). */
    public List<Option> activeOptions() {
        return em.createQuery("select new com.aftersales.crm.shared.Option(p.id, p.member.code, p.member.name) "
                + "from ServiceProvider p where p.status = com.aftersales.crm.provider.entity.ServiceProvider.Status.ACTIVE "
                + "order by p.member.code", Option.class).getResultList();
    }

    /** The providers holding this code, compared without case. */
    public List<Long> holdersOf(String code) {
        return em.createQuery("select p.id from ServiceProvider p where lower(p.member.code) = lower(:code)", Long.class)
                .setParameter("code", code).getResultList();
    }

    /** The provider, or null when there is none with this id (a job's list may name one that no longer exists). */
    public ServiceProvider findOrNull(long id) {
        return em.find(ServiceProvider.class, id);
    }

    public long add(ServiceProvider provider) {
        em.persist(provider);
        em.flush();
        return provider.getId();
    }
}
