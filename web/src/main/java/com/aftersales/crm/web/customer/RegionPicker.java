package com.aftersales.crm.web.customer;

import com.aftersales.crm.region.boundary.Regions;
import com.aftersales.crm.region.entity.RegionOption;

import java.io.Serializable;
import java.util.List;

/** Province → city → district, for an address; the most specific choice is the address's region. */
public class RegionPicker implements Serializable {

    private final transient Regions regions;
    private String province;
    private String city;
    private String district;
    private List<RegionOption> cities = List.of();
    private List<RegionOption> districts = List.of();

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

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public List<RegionOption> getCities() {
        return cities;
    }

    public List<RegionOption> getDistricts() {
        return districts;
    }
}
