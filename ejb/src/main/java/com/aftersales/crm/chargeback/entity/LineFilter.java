package com.aftersales.crm.chargeback.entity;

import java.io.Serializable;
import java.time.YearMonth;

/** What a ledger list asks for: a party (type and id), a status, the month the line was proposed. All optional. */
public class LineFilter implements Serializable {

    private Party party;
    private Long partyId;
    private LineStatus status;
    private YearMonth month;
    private Long caseId;
    private Long id;

    public Long getId() {
        return id;
    }

    /** One line only (the line's own page). */
    public void setId(Long id) {
        this.id = id;
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

    public LineStatus getStatus() {
        return status;
    }

    public void setStatus(LineStatus status) {
        this.status = status;
    }

    public YearMonth getMonth() {
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }
}
