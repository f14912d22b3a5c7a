package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.provider.entity.ServiceProvider;
import com.aftersales.crm.shared.NetworkMemberDraft;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import lombok.Getter;
import lombok.Setter;

/**
 * A service provider (服务商) as the administrator edits it: a network member and the terms of its agreement; the
 * status changes through its own actions. The same constraints check the portal's form and a REST body.
 */
public class ProviderDraft extends NetworkMemberDraft {

    @Getter @Setter private LocalDate agreementSignedOn;

    @Pattern(regexp = "[A-Za-z]?", message = "{crm.refdata.grade.pattern}")
    @Getter @Setter private String grade;

    @NotNull
    @DecimalMin("0")
    @Getter @Setter private BigDecimal deposit = BigDecimal.ZERO;

    /** The stored provider in the form; {@code regionPath} is its city's path from the province down. */
    void show(ServiceProvider provider, List<String> regionPath) {
        show(provider.getMember(), regionPath, provider.getVersion());
        agreementSignedOn = provider.getAgreementSignedOn();
        grade = provider.getGrade();
        deposit = provider.getDeposit();
    }
}
