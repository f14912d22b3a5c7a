package com.aftersales.crm.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the input. Carries the field at fault and a message key (resolved in the user's language
 * by the portal, sent as is by the REST API) rather than a sentence in one language.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInput(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
