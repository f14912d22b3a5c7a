package com.aftersales.crm.security.boundary;

/**
 * A login was refused. A checked exception, so the transaction that counted the failure still commits.
 * Unknown user, wrong password and an attempt made while the login throttle delays it give the same reason; a
 * disabled account is told only to someone who gave its right password.
 */
public class LoginRefused extends Exception {

    public enum Reason { BAD_CREDENTIALS, DISABLED }

    private final Reason reason;

    public LoginRefused(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
