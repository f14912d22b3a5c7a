package com.aftersales.crm.provider.entity;

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
}
