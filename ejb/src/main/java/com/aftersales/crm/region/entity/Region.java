package com.aftersales.crm.region.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import lombok.Getter;

/** A province, city or district. Reference data shipped by migration: read-only here, so it may be cached. */
@Getter
@Entity
@Cacheable
public class Region {

    public enum Kind { PROVINCE, CITY, DISTRICT }

    @Id
    private String code;

    private String name;

    private Kind kind;

    private String parentCode;

    /** 1 = municipalities and provincial capitals, 2 = prefecture-level cities, 3 = county level and below. */
    private Integer marketLevel;

    private boolean suburban;

    protected Region() {
    }
}
