package com.aftersales.crm.shared;

import jakarta.ejb.ApplicationException;

/**
 * An action that the record's state does not allow (closing a case that was never dispatched, accepting an order
 * twice…). Carries the state and the action as codes, for the portal to say in the user's language.
 */
@ApplicationException(rollback = true)
public class IllegalTransition extends RuntimeException {

    private final String subject;
    private final String from;
    private final String action;

    public IllegalTransition(String subject, Enum<?> from, Enum<?> action) {
        super("cannot " + action + " a " + subject + " that is " + from);
        this.subject = subject;
        this.from = from.name();
        this.action = action.name();
    }

    /** What kind of record: "case", "order", … */
    public String subject() {
        return subject;
    }

    public String from() {
        return from;
    }

    public String action() {
        return action;
    }
}
