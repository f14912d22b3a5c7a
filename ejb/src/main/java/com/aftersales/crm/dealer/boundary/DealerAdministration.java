package com.aftersales.crm.dealer.boundary;

import com.aftersales.crm.shared.SqlValues;
import static com.aftersales.crm.shared.SqlValues.containsPattern;

import com.aftersales.crm.dealer.entity.Dealer;
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

import java.util.List;
import java.util.Map;

/** The administrator's dealer (经销商) maintenance: paged list, create, edit. */
@Stateless
@Secured(Role.ADMIN)
public class DealerAdministration {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by code. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "d.code", "name", "d.name", "city", "d.region_code", "marketLevel", "d.market_level",
            "contactName", "d.contact_name");

    private static final String FILTER = "(cast(?1 as text) is null or d.code ilike ?1 or d.name ilike ?1 "
            + "or d.contact_name ilike ?1 or r.name ilike ?1)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Regions regions;

    public long count(String filter) {
        return ((Number) em.createNativeQuery("select count(*) from dealer d join region r on r.code = d.region_code where " + FILTER)
                .setParameter(1, containsPattern(filter)).getSingleResult()).longValue();
    }

    public List<DealerRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "d.code") + (ascending ? " asc" : " desc") + ", d.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.code, d.name, r.name, d.market_level, d.contact_name, d.contact_phone, d.hotline
                        from dealer d join region r on r.code = d.region_code
                        where """ + FILTER + " order by " + order)
                .setParameter(1, containsPattern(filter))
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
        return rows.stream().map(r -> new DealerRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7])).toList();
    }

    public DealerDraft load(long id) {
        Dealer dealer = find(id);
        DealerDraft draft = new DealerDraft();
        draft.setCode(dealer.getCode());
        draft.setName(dealer.getName());
        List<String> path = regions.path(dealer.getRegionCode());
        draft.setProvinceCode(path.isEmpty() ? null : path.get(0));
        draft.setCityCode(dealer.getRegionCode());
        draft.setMarketLevel(dealer.getMarketLevel());
        draft.setContactName(dealer.getContactName());
        draft.setContactPhone(dealer.getContactPhone());
        draft.setHotline(dealer.getHotline());
        draft.setVersion(dealer.getVersion());
        return draft;
    }

    public long create(@NotNull @Valid DealerDraft draft) {
        requireUniqueCode(draft.getCode(), null);
        Dealer dealer = new Dealer(draft.getCode(), draft.getName(), draft.getCityCode(), marketLevel(draft),
                draft.getContactName(), draft.getContactPhone(), draft.getHotline());
        em.persist(dealer);
        em.flush();
        return dealer.getId();
    }

    public void update(long id, @NotNull @Valid DealerDraft draft) {
        Dealer dealer = find(id);
        if (dealer.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("dealer " + dealer.getCode());
        }
        requireUniqueCode(draft.getCode(), id);
        dealer.recode(draft.getCode());
        dealer.describe(draft.getName(), draft.getCityCode(), marketLevel(draft), draft.getContactName(),
                draft.getContactPhone(), draft.getHotline());
        em.flush();
    }

    /** The level the administrator chose, else the city's own; the city must be a city either way. */
    private int marketLevel(DealerDraft draft) {
        int cityLevel = regions.cityMarketLevel(draft.getCityCode());
        return draft.getMarketLevel() != null ? draft.getMarketLevel() : cityLevel;
    }

    private void requireUniqueCode(String code, Long self) {
        boolean taken = em.createQuery("select d.id from Dealer d where lower(d.code) = lower(:code)", Long.class)
                .setParameter("code", code == null ? "" : code.trim()).getResultList().stream()
                .anyMatch(other -> !other.equals(self));
        if (taken) {
            throw new InvalidInput("code", "refdata.error.codeTaken");
        }
    }

    private Dealer find(long id) {
        Dealer dealer = em.find(Dealer.class, id);
        if (dealer == null) {
            throw new NotFound("dealer " + id);
        }
        return dealer;
    }
}
