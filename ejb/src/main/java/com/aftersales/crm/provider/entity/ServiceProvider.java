package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NetworkMember;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import lombok.Getter;

/** 服务商: an authorised service provider / installer, bound by the 《授权客户服务协议》. */
@Getter
@Entity
public class ServiceProvider {

    /** 合作状态. */
    public enum Status { ACTIVE, SUSPENDED, TERMINATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    private NetworkMember member;

    private LocalDate agreementSignedOn;

    private String grade;

    private Status status = Status.ACTIVE;

    /** 保证金. */
    private BigDecimal deposit = BigDecimal.ZERO;

    @Version
    private long version;

    protected ServiceProvider() {
    }

    /** A new provider is active: suspension and termination come later, through their own methods. */
    public ServiceProvider(NetworkMember member, LocalDate agreementSignedOn, String grade, BigDecimal deposit) {
        describe(member);
        agree(agreementSignedOn, grade, deposit);
    }

    /** Code, name, city, market level and contact (code uniqueness is the boundary's to check: it needs the other providers). */
    public void describe(NetworkMember newMember) {
        this.member = Objects.requireNonNull(newMember, "member");
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

    public String getCode() {
        return member.getCode();
    }

    public String getName() {
        return member.getName();
    }

    public String getRegionCode() {
        return member.getRegionCode();
    }

    public int getMarketLevel() {
        return member.getMarketLevel();
    }

    public String getContactName() {
        return member.getContactName();
    }

    public String getContactPhone() {
        return member.getContactPhone();
    }

    public String getHotline() {
        return member.getHotline();
    }

}
