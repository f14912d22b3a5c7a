package com.aftersales.crm.dealer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 经销商: a dealer selling the maker's products in a city of a given market level. */
@Entity
@Table(name = "dealer")
public class Dealer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The city it serves (a {@code region} code). */
    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "market_level", nullable = false)
    private int marketLevel;

    @Version
    private long version;

    protected Dealer() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public int getMarketLevel() {
        return marketLevel;
    }
}
