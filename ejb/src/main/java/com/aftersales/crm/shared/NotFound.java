package com.aftersales.crm.shared;

import jakarta.ejb.ApplicationException;

/** No such record, or none the caller may see: the two are deliberately indistinguishable. */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
