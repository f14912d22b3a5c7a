package com.aftersales.crm.web.servicecase;

import com.aftersales.crm.servicecase.entity.Escalation;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.web.shell.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The supervisors' escalations: major cases and missed deadlines, newest first, until acknowledged. */
@Named
@ViewScoped
public class EscalationView implements Serializable {

    @Inject
    ServiceCases cases;

    private List<Escalation> escalations;

    public List<Escalation> getEscalations() {
        if (escalations == null) {
            escalations = cases.openEscalations(200);
        }
        return escalations;
    }

    public void acknowledge(long escalationId) {
        try {
            cases.acknowledge(escalationId);
            Messages.info("case.saved");
        } catch (NotFound gone) {
            Messages.error("error.404.text");
        }
        escalations = null;
    }
}
