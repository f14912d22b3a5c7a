package com.aftersales.crm.security.boundary;

import java.time.Instant;

/**
 * A login was refused. A checked exception, so the transaction that counted the failure still commits.
 * Unknown user and wrong password give the same reason.
 */
public class LoginRefused extends Exception {

    public enum Reason { BAD_CREDENTIALS, LOCKED, DISABLED }

    private final Reason reason;
    private final Instant lockedUntil;

    public LoginRefused(Reason reason, Instant lockedUntil) {
        super(reason.name());
        this.reason = reason;
        this.lockedUntil = lockedUntil;
    }

    public Reason reason() {
        return reason;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
