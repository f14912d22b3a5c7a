package com.aftersales.crm.dealer.entity;

import com.aftersales.crm.shared.ContactNumbers;
import com.aftersales.crm.shared.InvalidInput;
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

    @Column(name = "contact_name")
    private String contactName;

    /** Normalised digits (see {@link com.aftersales.crm.shared.PhoneNumber}). */
    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "hotline")
    private String hotline;

    @Version
    private long version;

    protected Dealer() {
    }

    public Dealer(String code, String name, String regionCode, int marketLevel, String contactName, String contactPhone,
                  String hotline) {
        recode(code);
        describe(name, regionCode, marketLevel, contactName, contactPhone, hotline);
    }

    /** A new dealer code (uniqueness is the boundary's to check: it needs the other dealers). */
    public void recode(String newCode) {
        this.code = required(newCode, "code");
    }

    /** Name, city, market level and contact; phone numbers are stored normalised. */
    public void describe(String newName, String newRegionCode, int newMarketLevel, String newContactName,
                         String newContactPhone, String newHotline) {
        if (newMarketLevel < 1 || newMarketLevel > 3) {
            throw new InvalidInput("marketLevel", "refdata.error.marketLevel");
        }
        this.name = required(newName, "name");
        this.regionCode = required(newRegionCode, "cityCode");
        this.marketLevel = newMarketLevel;
        this.contactName = newContactName == null || newContactName.isBlank() ? null : newContactName.trim();
        this.contactPhone = ContactNumbers.phone(newContactPhone, "contactPhone");
        this.hotline = ContactNumbers.hotline(newHotline, "hotline");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return value.trim();
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

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getHotline() {
        return hotline;
    }

    public long getVersion() {
        return version;
    }
}
