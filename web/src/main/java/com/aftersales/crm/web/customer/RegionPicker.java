package com.aftersales.crm.web.customer;

import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.region.entity.RegionOption;

import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** Province → city → district, for an address; the most specific choice is the address's region. */
public class RegionPicker implements Serializable {

    private final transient Regions regions;
    @Getter @Setter private String province;
    @Getter @Setter private String city;
    @Getter @Setter private String district;
    @Getter private List<RegionOption> cities = List.of();
    @Getter private List<RegionOption> districts = List.of();

    RegionPicker(Regions regions, String regionCode) {
        this.regions = regions;
        List<String> path = regionCode == null ? List.of() : regions.path(regionCode);
        province = path.size() > 0 ? path.get(0) : null;
        city = path.size() > 1 ? path.get(1) : null;
        district = path.size() > 2 ? path.get(2) : null;
        cities = province == null ? List.of() : regions.children(province);
        districts = city == null ? List.of() : regions.children(city);
    }

    public List<RegionOption> getProvinces() {
        return regions.provinces();
    }

    public void provinceChanged() {
        city = null;
        district = null;
        cities = province == null ? List.of() : regions.children(province);
        districts = List.of();
    }

    public void cityChanged() {
        district = null;
        districts = city == null ? List.of() : regions.children(city);
    }

    /** The region of the address: the district if chosen, else the city. */
    public String regionCode() {
        return district != null ? district : city;
    }

    /** Whether the chosen district counts as suburban (郊县) by default. */
    public boolean suburbanByDefault() {
        return districts.stream().filter(d -> d.code().equals(district)).findFirst().map(RegionOption::suburban).orElse(false);
    }
}
