package com.aftersales.crm.shared;

import jakarta.persistence.Embeddable;

import java.util.Objects;
import lombok.Getter;

/**
 * 网点: what a dealer (经销商) and a service provider (服务商) both are in the sales and service network — a code, a
 * name, the city it serves with that city's market level, and a contact. Checked when made, so a stored member is
 * always complete; phone numbers are kept normalised. Code uniqueness needs the other members: the area checks it.
 */
@Getter
@Embeddable
public class NetworkMember {

    private String code;

    private String name;

    /** The city it serves (a {@code region} code). */
    private String regionCode;

    private int marketLevel;

    private String contactName;

    /** Normalised digits (see {@link PhoneNumber}). */
    private String contactPhone;

    private String hotline;

    protected NetworkMember() {
    }

    public NetworkMember(String code, String name, String regionCode, int marketLevel, String contactName,
                         String contactPhone, String hotline) {
        this.code = required(code, "code");
        if (marketLevel < 1 || marketLevel > 3) {
            throw new InvalidInput("marketLevel", "refdata.error.marketLevel");
        }
        this.name = required(name, "name");
        this.regionCode = required(regionCode, "cityCode");
        this.marketLevel = marketLevel;
        this.contactName = contactName == null || contactName.isBlank() ? null : contactName.trim();
        this.contactPhone = ContactNumbers.phone(contactPhone, "contactPhone");
        this.hotline = ContactNumbers.hotline(hotline, "hotline");
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return value.trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkMember other && marketLevel == other.marketLevel && code.equals(other.code)
                && name.equals(other.name) && regionCode.equals(other.regionCode)
                && Objects.equals(contactName, other.contactName) && Objects.equals(contactPhone, other.contactPhone)
                && Objects.equals(hotline, other.hotline);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, regionCode, marketLevel, contactName, contactPhone, hotline);
    }
}
