package com.aftersales.crm.shared;

import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * 地址: the district (or city) a customer lives in, the street, and whether the place counts as suburban (郊区), which
 * sets the on-site deadline (24 h urban, 72 h suburban). Its three parts change together.
 */
@Embeddable
public class Address implements Serializable {

    private String regionCode;

    private String street;

    private boolean suburban;

    protected Address() {
    }

    private Address(String regionCode, String street, boolean suburban) {
        this.regionCode = regionCode;
        this.street = street;
        this.suburban = suburban;
    }

    /** A region code is required; a blank street is no street. */
    public static Address of(String regionCode, String street, boolean suburban) {
        if (regionCode == null || regionCode.isBlank()) {
            throw new InvalidInput("regionCode", "validation.required");
        }
        return new Address(regionCode, street == null || street.isBlank() ? null : street.trim(), suburban);
    }

    public String regionCode() {
        return regionCode;
    }

    public String street() {
        return street;
    }

    public boolean suburban() {
        return suburban;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Address that && suburban == that.suburban && regionCode.equals(that.regionCode)
                && Objects.equals(street, that.street);
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionCode, street, suburban);
    }
}
