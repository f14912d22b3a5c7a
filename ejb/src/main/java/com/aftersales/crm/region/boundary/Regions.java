package com.aftersales.crm.region.boundary;

import com.aftersales.crm.region.control.RegionRepository;
import com.aftersales.crm.region.entity.Region;
import com.aftersales.crm.region.entity.RegionOption;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** Regions for address pickers (any logged-in user may read reference data). */
@Stateless
public class Regions {

    @Inject
    RegionRepository regions;

    public List<RegionOption> provinces() {
        return regions.provinces();
    }

    public List<RegionOption> children(String parentCode) {
        return regions.children(parentCode);
    }

    public Optional<RegionOption> find(String code) {
        Region region = regions.find(code);
        return Optional.ofNullable(region).map(r -> new RegionOption(r.getCode(), r.getName(), r.getMarketLevel(), r.isSuburban()));
    }

    /**
     * The market level a dealer or provider in this city gets unless the administrator chooses another: the city's
     * own (1 capitals and equivalents, 2 prefecture-level cities, 3 prefectures without a level). Refuses a code that
     * is not a city.
     */
    public int cityMarketLevel(String cityCode) {
        Region city = regions.find(cityCode);
        if (city == null || city.getKind() != Region.Kind.CITY) {
            throw new InvalidInput("cityCode", "refdata.error.city");
        }
        return city.getMarketLevel() == null ? 3 : city.getMarketLevel();
    }

    /** Province → city → district codes of a region, top first. */
    public List<String> path(String code) {
        java.util.LinkedList<String> path = new java.util.LinkedList<>();
        Region region = regions.find(code);
        while (region != null) {
            path.addFirst(region.getCode());
            region = regions.find(region.getParentCode());
        }
        return path;
    }
}
