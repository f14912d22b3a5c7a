package com.aftersales.crm.web.assessment;

import com.aftersales.crm.assessment.entity.ManualItemKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a supervisor types on the assessment page for the provider picked: a manual item (考核加减分), a fraud (骗补)
 * and a media exposure (媒体曝光). The three are recorded separately, so each is cleared on its own once recorded.
 */
public class AssessmentForm implements Serializable {

    private ManualItemKind kind = ManualItemKind.MANAGER_EVALUATION;
    private BigDecimal points;
    private String note;
    private BigDecimal fraudAmount;
    private String fraudNote;
    private Long caseId;
    private LocalDate exposedOn;
    private String outlet;

    /** After a manual item is entered: the next one is likely of the same kind. */
    void manualItemEntered() {
        points = null;
        note = null;
    }

    void fraudRecorded() {
        fraudAmount = null;
        fraudNote = null;
    }

    /** After an exposure is recorded: the next one is likely reported on the same day. */
    void exposureRecorded() {
        caseId = null;
        outlet = null;
    }

    public ManualItemKind getKind() {
        return kind;
    }

    public void setKind(ManualItemKind kind) {
        this.kind = kind;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public void setPoints(BigDecimal points) {
        this.points = points;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public BigDecimal getFraudAmount() {
        return fraudAmount;
    }

    public void setFraudAmount(BigDecimal fraudAmount) {
        this.fraudAmount = fraudAmount;
    }

    public String getFraudNote() {
        return fraudNote;
    }

    public void setFraudNote(String fraudNote) {
        this.fraudNote = fraudNote;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public LocalDate getExposedOn() {
        return exposedOn;
    }

    public void setExposedOn(LocalDate exposedOn) {
        this.exposedOn = exposedOn;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }
}
