package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.shared.SqlValues;
import static com.aftersales.crm.shared.SqlValues.containsPattern;

import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.sql.Date;
import java.util.List;
import java.util.Map;

/**
 * The administrator's service provider (服务商) maintenance: paged list, create, edit, and the status changes of the
 * agreement — suspension for rectification (停工整顿), reinstatement, termination — each a business action.
 */
@Stateless
@Secured(Role.ADMIN)
public class ProviderAdministration {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "p.code", "name", "p.name", "city", "p.region_code", "marketLevel", "p.market_level",
            "grade", "p.grade", "status", "p.status", "deposit", "p.deposit", "agreementSignedOn", "p.agreement_signed_on");

    private static final String FILTER = "(cast(?1 as text) is null or p.code ilike ?1 or p.name ilike ?1 "
            + "or p.contact_name ilike ?1 or r.name ilike ?1) and (cast(?2 as text) is null or p.status = ?2)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Regions regions;

    public long count(String filter, ServiceProvider.Status status) {
        return ((Number) em.createNativeQuery("select count(*) from service_provider p join region r on r.code = p.region_code where " + FILTER)
                .setParameter(1, containsPattern(filter)).setParameter(2, status == null ? null : status.name())
                .getSingleResult()).longValue();
    }

    public List<ProviderRow> list(String filter, ServiceProvider.Status status, int first, int max, String sortField,
                                  boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "p.code") + (ascending ? " asc" : " desc") + ", p.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.id, p.code, p.name, r.name, p.market_level, p.contact_name, p.contact_phone, p.hotline,
                               p.agreement_signed_on, p.grade, p.status, p.deposit,
                               (select count(*) from technician t where t.provider_id = p.id and t.active), p.version
                        from service_provider p join region r on r.code = p.region_code
                        where """ + FILTER + " order by " + order)
                .setParameter(1, containsPattern(filter)).setParameter(2, status == null ? null : status.name())
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
        return rows.stream().map(r -> new ProviderRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : r[8] instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) r[8],
                (String) r[9], ServiceProvider.Status.valueOf((String) r[10]), (java.math.BigDecimal) r[11],
                ((Number) r[12]).longValue(), ((Number) r[13]).longValue())).toList();
    }

    public ProviderDraft load(long id) {
        ServiceProvider provider = find(id);
        ProviderDraft draft = new ProviderDraft();
        draft.setCode(provider.getCode());
        draft.setName(provider.getName());
        List<String> path = regions.path(provider.getRegionCode());
        draft.setProvinceCode(path.isEmpty() ? null : path.get(0));
        draft.setCityCode(provider.getRegionCode());
        draft.setMarketLevel(provider.getMarketLevel());
        draft.setContactName(provider.getContactName());
        draft.setContactPhone(provider.getContactPhone());
        draft.setHotline(provider.getHotline());
        draft.setAgreementSignedOn(provider.getAgreementSignedOn());
        draft.setGrade(provider.getGrade());
        draft.setDeposit(provider.getDeposit());
        draft.setVersion(provider.getVersion());
        return draft;
    }

    public long create(@NotNull @Valid ProviderDraft draft) {
        requireUniqueCode(draft.getCode(), null);
        ServiceProvider provider = new ServiceProvider(draft.getCode(), draft.getName(), draft.getCityCode(),
                marketLevel(draft), draft.getContactName(), draft.getContactPhone(), draft.getHotline(),
                draft.getAgreementSignedOn(), draft.getGrade(), draft.getDeposit());
        em.persist(provider);
        em.flush();
        return provider.getId();
    }

    public void update(long id, @NotNull @Valid ProviderDraft draft) {
        ServiceProvider provider = current(id, draft.getVersion());
        requireUniqueCode(draft.getCode(), id);
        provider.recode(draft.getCode());
        provider.describe(draft.getName(), draft.getCityCode(), marketLevel(draft), draft.getContactName(),
                draft.getContactPhone(), draft.getHotline());
        provider.agree(draft.getAgreementSignedOn(), draft.getGrade(), draft.getDeposit());
        em.flush();
    }

    /** 停工整顿. {@code version} is the one the administrator saw, so a decision is never taken on stale data. */
    public void suspend(long id, long version) {
        current(id, version).suspend();
        em.flush();
    }

    public void reinstate(long id, long version) {
        current(id, version).reinstate();
        em.flush();
    }

    public void terminate(long id, long version) {
        current(id, version).terminate();
        em.flush();
    }

    private ServiceProvider current(long id, long version) {
        ServiceProvider provider = find(id);
        if (provider.getVersion() != version) {
            throw new ConcurrentChange("service provider " + provider.getCode());
        }
        return provider;
    }

    /** The level the administrator chose, else the city's own; the city must be a city either way. */
    private int marketLevel(ProviderDraft draft) {
        int cityLevel = regions.cityMarketLevel(draft.getCityCode());
        return draft.getMarketLevel() != null ? draft.getMarketLevel() : cityLevel;
    }

    private void requireUniqueCode(String code, Long self) {
        boolean taken = em.createQuery("select p.id from ServiceProvider p where lower(p.code) = lower(:code)", Long.class)
                .setParameter("code", code == null ? "" : code.trim()).getResultList().stream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInput("code", "refdata.error.codeTaken");
        }
    }

    private ServiceProvider find(long id) {
        ServiceProvider provider = em.find(ServiceProvider.class, id);
        if (provider == null) {
            throw new NotFound("service provider " + id);
        }
        return provider;
    }
}
