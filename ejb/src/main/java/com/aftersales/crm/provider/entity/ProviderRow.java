package com.aftersales.crm.provider.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the service provider list, with how many of its technicians hold a valid (active) certificate. */
public record ProviderRow(long id, String code, String name, String city, int marketLevel, String contactName,
                          String contactPhone, String hotline, LocalDate agreementSignedOn, String grade,
                          ServiceProvider.Status status, BigDecimal deposit, long activeTechnicians, long version)
        implements Serializable {

    /** The steps ServiceProvider allows from this status: suspend an active one, reinstate a suspended one. */
    public boolean canSuspend() {
        return status == ServiceProvider.Status.ACTIVE;
    }

    public boolean canReinstate() {
        return status == ServiceProvider.Status.SUSPENDED;
    }

    public boolean canTerminate() {
        return status != ServiceProvider.Status.TERMINATED;
    }
}
