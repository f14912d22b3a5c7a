package com.aftersales.crm.security.boundary;

import jakarta.ejb.ApplicationException;

/** The caller lacks the role a service needs. The portal shows its 403 page, the REST API answers 403. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
