package com.aftersales.crm.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.api.UINotifications;
import org.primefaces.component.messages.MessagesRenderer;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every {@code p:messages} of the portal: a message is shown once per response, however many messages components a
 * page and the template hold. The first one rendered shows it (the page's own, nearest the action; the template's
 * comes last in the tree and shows only what no page component did), and a message about a field only in the
 * field's own form, so that a dialog's errors do not also appear on the list behind it. A message about no field
 * goes to a form's messages only on a postback: after a GET (a view action's confirmation, with no form submitted)
 * it goes to the template's, or a closed dialog's messages would take it out of sight.
 */
public class OnceMessagesRenderer extends MessagesRenderer {

    @Override
    public List<FacesMessage> collectFacesMessages(UINotifications messages, FacesContext context) {
        List<FacesMessage> collected = super.collectFacesMessages(messages, context);
        if (collected == null || collected.isEmpty()) {
            return collected;
        }
        Map<FacesMessage, String> clientIds = clientIds(context);
        String form = formPrefix((UIComponent) messages, context);
        return collected.stream()
                .filter(message -> !message.isRendered())
                .filter(message -> {
                    String clientId = clientIds.get(message);
                    if (form == null) {
                        return true;
                    }
                    return clientId == null ? context.isPostback() : clientId.startsWith(form);
                })
                .toList();
    }

    private static Map<FacesMessage, String> clientIds(FacesContext context) {
        Map<FacesMessage, String> ids = new IdentityHashMap<>();
        for (Iterator<String> clientIds = context.getClientIdsWithMessages(); clientIds.hasNext(); ) {
            String clientId = clientIds.next();
            if (clientId != null) {
                context.getMessages(clientId).forEachRemaining(message -> ids.put(message, clientId));
            }
        }
        return ids;
    }

    /** "form:" of the form holding the messages component, or null outside any form. */
    private static String formPrefix(UIComponent component, FacesContext context) {
        for (UIComponent parent = component.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof UIForm form) {
                return form.getClientId(context) + context.getNamingContainerSeparatorChar();
            }
        }
        return null;
    }
}
