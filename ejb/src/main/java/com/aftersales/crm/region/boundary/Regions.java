package com.aftersales.crm.region.boundary;

import com.aftersales.crm.region.entity.Region;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Regions for address pickers (any logged-in user may read reference data). */
@Stateless
public class Regions {

    @PersistenceContext
    EntityManager em;

    public List<RegionOption> provinces() {
        return em.createQuery("select new com.aftersales.crm.region.boundary.RegionOption(r.code, r.name, r.marketLevel, r.suburban) "
                + "from Region r where r.kind = com.aftersales.crm.region.entity.Region.Kind.PROVINCE order by r.code", RegionOption.class)
                .getResultList();
    }

    public List<RegionOption> children(String parentCode) {
        return em.createQuery("select new com.aftersales.crm.region.boundary.RegionOption(r.code, r.name, r.marketLevel, r.suburban) "
                + "from Region r where r.parentCode = :parent order by r.code", RegionOption.class)
                .setParameter("parent", parentCode).getResultList();
    }

    public Optional<RegionOption> find(String code) {
        Region region = code == null ? null : em.find(Region.class, code);
        return Optional.ofNullable(region).map(r -> new RegionOption(r.getCode(), r.getName(), r.getMarketLevel(), r.isSuburban()));
    }

    /**
     * The market level a dealer or provider in this city gets unless the administrator chooses another: the city's
     * own (1 capitals and equivalents, 2 prefecture-level cities, 3 prefectures without a level). Refuses a code that
     * is not a city.
     */
    public int cityMarketLevel(String cityCode) {
        Region city = cityCode == null ? null : em.find(Region.class, cityCode);
        if (city == null || city.getKind() != Region.Kind.CITY) {
            throw new InvalidInput("cityCode", "refdata.error.city");
        }
        return city.getMarketLevel() == null ? 3 : city.getMarketLevel();
    }

    /** Province → city → district codes of a region, top first. */
    public List<String> path(String code) {
        java.util.LinkedList<String> path = new java.util.LinkedList<>();
        Region region = code == null ? null : em.find(Region.class, code);
        while (region != null) {
            path.addFirst(region.getCode());
            region = region.getParentCode() == null ? null : em.find(Region.class, region.getParentCode());
        }
        return path;
    }
}
