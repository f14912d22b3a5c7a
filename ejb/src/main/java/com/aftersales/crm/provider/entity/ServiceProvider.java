package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.ContactNumbers;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 服务商: an authorised service provider / installer, bound by the 《授权客户服务协议》. */
@Entity
@Table(name = "service_provider")
public class ServiceProvider {

    /** 合作状态. */
    public enum Status { ACTIVE, SUSPENDED, TERMINATED }

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

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    private String grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.ACTIVE;

    /** 保证金. */
    @Column(nullable = false)
    private BigDecimal deposit = BigDecimal.ZERO;

    @Version
    private long version;

    protected ServiceProvider() {
    }

    /** A new provider is active: suspension and termination come later, through their own methods. */
    public ServiceProvider(String code, String name, String regionCode, int marketLevel, String contactName,
                           String contactPhone, String hotline, LocalDate agreementSignedOn, String grade,
                           BigDecimal deposit) {
        recode(code);
        describe(name, regionCode, marketLevel, contactName, contactPhone, hotline);
        agree(agreementSignedOn, grade, deposit);
    }

    /** A new provider code (uniqueness is the boundary's to check: it needs the other providers). */
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

    /**
     * The terms of the 《授权客户服务协议》: signing date, grade (one letter, A best) and deposit (保证金), which is never
     * negative — penalties come out of it and it is topped up, it does not go into debt.
     */
    public void agree(LocalDate signedOn, String newGrade, BigDecimal newDeposit) {
        if (newDeposit == null || newDeposit.signum() < 0) {
            throw new InvalidInput("deposit", "provider.error.depositNegative");
        }
        String normalisedGrade = newGrade == null || newGrade.isBlank() ? null : newGrade.trim().toUpperCase();
        if (normalisedGrade != null && !normalisedGrade.matches("[A-Z]")) {
            throw new InvalidInput("grade", "provider.error.grade");
        }
        this.agreementSignedOn = signedOn;
        this.grade = normalisedGrade;
        this.deposit = newDeposit;
    }

    /** 停工整顿: only an active provider is suspended for rectification. */
    public void suspend() {
        if (status != Status.ACTIVE) {
            throw new InvalidInput("status", "provider.error.suspendNotActive");
        }
        status = Status.SUSPENDED;
    }

    /** Back to work once the rectification is done: only a suspended provider is reinstated. */
    public void reinstate() {
        if (status != Status.SUSPENDED) {
            throw new InvalidInput("status", "provider.error.reinstateNotSuspended");
        }
        status = Status.ACTIVE;
    }

    /** The agreement ends, for an active or a suspended provider; termination is final. */
    public void terminate() {
        if (status == Status.TERMINATED) {
            throw new InvalidInput("status", "provider.error.alreadyTerminated");
        }
        status = Status.TERMINATED;
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

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public String getGrade() {
        return grade;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getDeposit() {
        return deposit;
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
