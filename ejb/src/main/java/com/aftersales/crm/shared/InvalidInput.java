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
    private final transient Object[] args;

    public InvalidInput(String field, String messageKey) {
        this(field, messageKey, new Object[0]);
    }

    /** With the values the message names ("larger than {0} MB", "missing columns: {0}"). */
    public InvalidInput(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args.clone();
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
