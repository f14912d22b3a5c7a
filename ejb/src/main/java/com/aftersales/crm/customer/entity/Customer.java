package com.aftersales.crm.customer.entity;

import com.aftersales.crm.shared.Address;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.PhoneNumber;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import lombok.Getter;

/** 客户档案: every customer has one. Phones are kept normalised; the first is the main number. */
@Getter
@Entity
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private CustomerClass customerClass = CustomerClass.NEW;

    @Embedded
    private Address address;

    private Long dealerId;

    private Long mergedIntoId;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "customer_phone")
    @Column(name = "number")
    @OrderColumn(name = "position")
    private List<String> phones = new ArrayList<>();

    @Version
    private long version;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected Customer() {
    }

    public Customer(String name, CustomerClass customerClass, Address address, List<PhoneNumber> phones, Long dealerId,
                    String note, Instant now) {
        this.createdAt = now;
        this.dealerId = dealerId;
        change(name, customerClass, address, phones, note, now);
    }

    /** Name, class, address, phones and note change together, so the record is never half valid. */
    public void change(String newName, CustomerClass newClass, Address newAddress, List<PhoneNumber> newPhones,
                       String newNote, Instant now) {
        if (mergedIntoId != null) {
            throw new InvalidInput("id", "customer.error.merged");
        }
        if (newName == null || newName.isBlank()) {
            throw new InvalidInput("name", "validation.required");
        }
        if (newClass == null) {
            throw new InvalidInput("customerClass", "validation.required");
        }
        if (newAddress == null) {
            throw new InvalidInput("regionCode", "validation.required");
        }
        if (newPhones == null || newPhones.isEmpty()) {
            throw new InvalidInput("phones", "customer.error.phoneRequired");
        }
        this.name = newName.trim();
        this.customerClass = newClass;
        this.address = newAddress;
        this.phones = new ArrayList<>(new LinkedHashSet<>(newPhones.stream().map(PhoneNumber::digits).toList()));
        this.note = newNote == null || newNote.isBlank() ? null : newNote.trim();
        this.updatedAt = now;
    }

    /** This record is folded into another: it keeps existing for the audit trail but no longer changes. */
    public void retireInto(long keptId, Instant now) {
        if (id != null && id == keptId) {
            throw new InvalidInput("id", "customer.error.mergeSelf");
        }
        if (mergedIntoId != null) {
            throw new InvalidInput("id", "customer.error.merged");
        }
        this.mergedIntoId = keptId;
        this.updatedAt = now;
    }

    /** Takes over the numbers of a customer merged into this one, keeping this one's order first. */
    public void adoptPhones(List<String> otherPhones, Instant now) {
        LinkedHashSet<String> all = new LinkedHashSet<>(phones);
        all.addAll(otherPhones);
        this.phones = new ArrayList<>(all);
        this.updatedAt = now;
    }

    public List<String> getPhones() {
        return List.copyOf(phones);
    }
}
