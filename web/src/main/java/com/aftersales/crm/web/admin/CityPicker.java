package com.aftersales.crm.web.admin;

import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.region.entity.RegionOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Province then city, for the dealer and provider forms (an organisation sits in a city; an address's picker goes on
 * to the district). Regions are read-only reference data: kept once read.
 */
@Named
@ApplicationScoped
public class CityPicker {

    @Inject
    Regions regions;

    private final Map<String, List<RegionOption>> children = new ConcurrentHashMap<>();

    private volatile List<RegionOption> provinces;

    public List<RegionOption> getProvinces() {
        if (provinces == null) {
            provinces = regions.provinces();
        }
        return provinces;
    }

    public List<RegionOption> cities(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            return List.of();
        }
        return children.computeIfAbsent(provinceCode, regions::children);
    }

    /** The city's market level, the default for an organisation in it. */
    public Integer marketLevel(String provinceCode, String cityCode) {
        return cities(provinceCode).stream().filter(city -> city.code().equals(cityCode))
                .map(RegionOption::marketLevel).findFirst().orElse(null);
    }
}
