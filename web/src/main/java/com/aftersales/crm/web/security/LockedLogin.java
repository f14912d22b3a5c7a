package com.aftersales.crm.web.security;

import org.apache.shiro.authc.LockedAccountException;

import java.time.Instant;

/** Too many wrong passwords: the login is locked until the given time. */
public class LockedLogin extends LockedAccountException {

    private final transient Instant until;

    public LockedLogin(Instant until) {
        super("locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
