package com.aftersales.crm.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a view parameter that does not convert ({@code view.xhtml?id=abc}) names no record: it answers
 * 404 like a missing one, instead of rendering the page around nothing (its view action is skipped when a view
 * parameter fails to convert). Postbacks keep Faces' own field messages.
 */
public class MalformedViewParameters implements PhaseListener {

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            PortalExceptionHandler.sendError(context, 404,
                    new IllegalArgumentException("malformed view parameter " + context.getExternalContext().getRequestParameterMap()));
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
