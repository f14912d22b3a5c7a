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
import lombok.Getter;
import lombok.Setter;

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
    @Getter @Setter private String code;
    @Getter @Setter private String labelZh;
    @Getter @Setter private String labelEn;
    @Getter @Setter private DelayParty party;
    @Getter @Setter private boolean evidenceRequired;
    @Getter @Setter private boolean active = true;

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
}
