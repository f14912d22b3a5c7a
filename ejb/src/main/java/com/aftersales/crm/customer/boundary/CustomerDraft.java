package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.customer.entity.CustomerClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A customer as the agent edits it (and as the REST API sends it). Phones as typed; the service normalises them. */
public class CustomerDraft implements Serializable {

    @NotBlank
    @Size(max = 50)
    private String name;

    @NotNull
    private CustomerClass customerClass = CustomerClass.NEW;

    /** The district (or city) of the address. */
    @NotBlank
    @Size(min = 6, max = 6)
    private String regionCode;

    @Size(max = 200)
    private String street;

    private boolean suburban;

    @NotEmpty
    private List<@NotBlank String> phones = new ArrayList<>();

    @Size(max = 500)
    private String note;

    private long version;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CustomerClass getCustomerClass() {
        return customerClass;
    }

    public void setCustomerClass(CustomerClass customerClass) {
        this.customerClass = customerClass;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public boolean isSuburban() {
        return suburban;
    }

    public void setSuburban(boolean suburban) {
        this.suburban = suburban;
    }

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
