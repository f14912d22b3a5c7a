package com.aftersales.crm.chargeback.boundary;

import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.servicecase.entity.Responsibility;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/**
 * One share of a split judgement as the supervisor enters it: the responsibility, the party (the provider's or dealer's
 * id defaults to the case's own), the share in percent, the evidence and the rule applied.
 */
public class ShareDraft implements Serializable {

    @NotNull
    @Getter @Setter private Responsibility responsibility;

    @NotNull
    @Getter @Setter private Party party;

    @Getter @Setter private Long partyId;

    @NotNull
    @Getter @Setter private BigDecimal percent;

    @Size(max = 1000)
    @Getter @Setter private String evidence;

    @Size(max = 200)
    @Getter @Setter private String attachmentIds;

    @Size(max = 200)
    @Getter @Setter private String policyRef;

    public ShareDraft() {
    }

    public ShareDraft(Responsibility responsibility, Party party, BigDecimal percent, String evidence, String policyRef) {
        this.responsibility = responsibility;
        this.party = party;
        this.percent = percent;
        this.evidence = evidence;
        this.policyRef = policyRef;
    }
}
