package com.aftersales.crm.region.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province, city or district. Reference data shipped by migration: read-only here, so it may be cached. */
@Entity
@Table(name = "region")
@Cacheable
public class Region {

    public enum Kind { PROVINCE, CITY, DISTRICT }

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "parent_code")
    private String parentCode;

    /** 1 = municipalities and provincial capitals, 2 = prefecture-level cities, 3 = county level and below. */
    @Column(name = "market_level")
    private Integer marketLevel;

    @Column(nullable = false)
    private boolean suburban;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Kind getKind() {
        return kind;
    }

    public String getParentCode() {
        return parentCode;
    }

    public Integer getMarketLevel() {
        return marketLevel;
    }

    public boolean isSuburban() {
        return suburban;
    }
}
