package com.aftersales.crm.web.chargeback;

import com.aftersales.crm.chargeback.boundary.ShareDraft;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.servicecase.entity.Responsibility;

import java.io.Serializable;
import java.math.BigDecimal;

/** One row of the split judgement being entered on the case page. */
public class ShareForm implements Serializable {

    private Responsibility responsibility;
    private Party party;
    private BigDecimal percent;
    private String evidence;
    private String policyRef;

    ShareForm(Responsibility responsibility, Party party, BigDecimal percent) {
        this.responsibility = responsibility;
        this.party = party;
        this.percent = percent;
    }

    ShareDraft draft() {
        return new ShareDraft(responsibility, party, percent, evidence, policyRef);
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

    public String getPolicyRef() {
        return policyRef;
    }

    public void setPolicyRef(String policyRef) {
        this.policyRef = policyRef;
    }
}
