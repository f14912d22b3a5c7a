package com.aftersales.crm.web.admin;

import com.aftersales.crm.servicecase.boundary.SlaPauses;
import com.aftersales.crm.servicecase.entity.DelayParty;
import com.aftersales.crm.servicecase.entity.PauseReason;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * 停表原因: the policy list of the reasons an SLA clock may be paused for — each with its labels, the party that owns
 * the delay, whether evidence is required, and whether it is still offered. A short list, read whole.
 */
@Named
@ViewScoped
public class PauseReasonAdminView implements Serializable {

    @Inject
    SlaPauses pauses;

    private List<PauseReason> reasons;
    private String code;
    private String labelZh;
    private String labelEn;
    private DelayParty party;
    private boolean evidenceRequired;
    private boolean active = true;

    public List<PauseReason> getReasons() {
        if (reasons == null) {
            reasons = pauses.allReasons();
        }
        return reasons;
    }

    public List<DelayParty> getParties() {
        return List.of(DelayParty.values());
    }

    /** Fills the form with the reason, to change it. */
    public void edit(String reasonCode) {
        getReasons().stream().filter(r -> r.code().equals(reasonCode)).findFirst().ifPresent(r -> {
            code = r.code();
            labelZh = r.labelZh();
            labelEn = r.labelEn();
            party = r.party();
            evidenceRequired = r.evidenceRequired();
            active = r.active();
        });
    }

    @Refusals(form = "reasonForm", labels = "admin.pauseReasons.field.")
    public void save() {
        pauses.saveReason(new PauseReason(code == null ? null : code.trim(), labelZh, labelEn, party, evidenceRequired, active));
        Messages.info("admin.pauseReasons.saved", code);
        reasons = null;
        code = null;
        labelZh = null;
        labelEn = null;
        party = null;
        evidenceRequired = false;
        active = true;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public DelayParty getParty() {
        return party;
    }

    public void setParty(DelayParty party) {
        this.party = party;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
