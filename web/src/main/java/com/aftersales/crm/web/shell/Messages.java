package com.aftersales.crm.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages in the user's language, from the {@code msg} bundle. */
public final class Messages {

    public static String text(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(plainWholeNumbers(arguments));
    }

    /**
     * Whole numbers in messages are record numbers and counts: written as they are ("案件 #1043"), not grouped as
     * MessageFormat would ("#1,043"), which no search box takes back.
     */
    private static Object[] plainWholeNumbers(Object[] arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Long || plain[i] instanceof Integer || plain[i] instanceof Short) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /**
     * An error for one field: the field's label leads the sentence, as in Faces' own validation messages; the reason
     * may name values (a count, a rate, a date…).
     */
    public static void fieldError(String clientId, String fieldLabelKey, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, "validation.field", text(fieldLabelKey), text(key, arguments));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private Messages() {
    }
}
