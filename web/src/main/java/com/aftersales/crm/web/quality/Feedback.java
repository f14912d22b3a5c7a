package com.aftersales.crm.web.quality;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.web.shell.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Refusals of the quality and returns services, said on the field at fault, in the user's language. */
public final class Feedback {

    /** "field label: reason", the reason a message with arguments (a count, a rate, a date…). */
    public static void onField(String clientId, String labelKey, String reasonKey, Object... arguments) {
        String text = Messages.text("validation.field", Messages.text(labelKey), Messages.text(reasonKey, arguments));
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    /** A step the record's state does not allow, named with the state and the step as the user reads them. */
    public static void illegalStep(String prefix, IllegalTransition refused) {
        Messages.error(prefix + ".error.illegalTransition", Messages.text(prefix + ".status." + refused.from()),
                Messages.text(prefix + ".action." + refused.action()));
    }

    private Feedback() {
    }
}
