package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.customer.entity.CustomerClass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/** A customer as the agent edits it (and as the REST API sends it). Phones as typed; the service normalises them. */
public class CustomerDraft implements Serializable {

    @NotBlank
    @Size(max = 50)
    @Getter @Setter private String name;

    @NotNull
    @Getter @Setter private CustomerClass customerClass = CustomerClass.NEW;

    /** The district (or city) of the address. */
    @NotBlank
    @Size(min = 6, max = 6)
    @Getter @Setter private String regionCode;

    @Size(max = 200)
    @Getter @Setter private String street;

    @Getter @Setter private boolean suburban;

    @NotEmpty
    private List<@NotBlank String> phones = new ArrayList<>();

    @Size(max = 500)
    @Getter @Setter private String note;

    @Getter @Setter private long version;

    public List<String> getPhones() {
        return phones;
    }

    public void setPhones(List<String> phones) {
        this.phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    }
}
