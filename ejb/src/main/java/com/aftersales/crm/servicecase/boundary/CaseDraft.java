package com.aftersales.crm.servicecase.boundary;

import com.aftersales.crm.servicecase.entity.Channel;
import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;

/**
 * What the agent writes down during a call: who called, through which channel, what kind of case, how serious, and
 * the customer's own words; for a consultation answered on the phone, the answer (which closes it at once).
 */
public class CaseDraft implements Serializable {

    @NotNull
    @Getter @Setter private Long customerId;

    /** The installation the call is about, when the customer has several (optional). */
    @Getter @Setter private Long installationId;

    @NotNull
    @Getter @Setter private Channel channel = Channel.HOTLINE;

    @NotNull
    @Getter @Setter private CaseType type;

    @NotNull
    @Getter @Setter private Severity severity = Severity.NORMAL;

    @Size(max = 30)
    @Getter @Setter private String callerPhone;

    @NotBlank
    @Size(max = 2000)
    @Getter @Setter private String customerWords;

    @Size(max = 2000)
    @Getter @Setter private String answer;
}
