package com.aftersales.crm.region.control;

import com.aftersales.crm.region.entity.Region;
import com.aftersales.crm.region.entity.RegionOption;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The regions (行政区划) as stored: provinces, a region's children, one region by its code. */
@Dependent
public class RegionRepository {

    @PersistenceContext
    EntityManager em;

    public List<RegionOption> provinces() {
        return em.createQuery("select new com.aftersales.crm.region.entity.RegionOption(r.code, r.name, r.marketLevel, r.suburban) "
                + "from Region r where r.kind = com.aftersales.crm.region.entity.Region.Kind.PROVINCE order by r.code", RegionOption.class)
                .getResultList();
    }

    public List<RegionOption> children(String parentCode) {
        return em.createQuery("select new com.aftersales.crm.region.entity.RegionOption(r.code, r.name, r.marketLevel, r.suburban) "
                + "from Region r where r.parentCode = :parent order by r.code", RegionOption.class)
                .setParameter("parent", parentCode).getResultList();
    }

    /** The region, or null for a null or unknown code. */
    public Region find(String code) {
        return code == null ? null : em.find(Region.class, code);
    }
}
