package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NetworkMember;
import com.aftersales.crm.shared.NetworkParty;
import jakarta.persistence.Entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;

/** 服务商: an authorised service provider / installer, bound by the 《授权客户服务协议》. */
@Getter
@Entity
public class ServiceProvider extends NetworkParty {

    /** 合作状态. */
    public enum Status { ACTIVE, SUSPENDED, TERMINATED }

    private LocalDate agreementSignedOn;

    private String grade;

    private Status status = Status.ACTIVE;

    /** 保证金. */
    private BigDecimal deposit = BigDecimal.ZERO;

    protected ServiceProvider() {
    }

    /** A new provider is active: suspension and termination come later, through their own methods. */
    public ServiceProvider(NetworkMember member, LocalDate agreementSignedOn, String grade, BigDecimal deposit) {
        describe(member);
        agree(agreementSignedOn, grade, deposit);
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
}
