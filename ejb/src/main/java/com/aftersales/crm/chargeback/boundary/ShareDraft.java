package com.aftersales.crm.chargeback.boundary;

import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.servicecase.entity.Responsibility;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One share of a split judgement as the supervisor enters it: the responsibility, the party (the provider's or dealer's
 * id defaults to the case's own), the share in percent, the evidence and the rule applied.
 */
public class ShareDraft implements Serializable {

    @NotNull
    private Responsibility responsibility;

    @NotNull
    private Party party;

    private Long partyId;

    @NotNull
    private BigDecimal percent;

    @Size(max = 1000)
    private String evidence;

    @Size(max = 200)
    private String attachmentIds;

    @Size(max = 200)
    private String policyRef;

    public ShareDraft() {
    }

    public ShareDraft(Responsibility responsibility, Party party, BigDecimal percent, String evidence, String policyRef) {
        this.responsibility = responsibility;
        this.party = party;
        this.percent = percent;
        this.evidence = evidence;
        this.policyRef = policyRef;
    }

    public Responsibility getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(Responsibility responsibility) {
        this.responsibility = responsibility;
    }

    public Party getParty() {
        return party;
    }

    public void setParty(Party party) {
        this.party = party;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getAttachmentIds() {
        return attachmentIds;
    }

    public void setAttachmentIds(String attachmentIds) {
        this.attachmentIds = attachmentIds;
    }

    public String getPolicyRef() {
        return policyRef;
    }

    public void setPolicyRef(String policyRef) {
        this.policyRef = policyRef;
    }
}
