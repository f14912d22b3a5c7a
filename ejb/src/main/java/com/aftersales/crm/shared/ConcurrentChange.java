package com.aftersales.crm.shared;

import jakarta.ejb.ApplicationException;

/** Somebody else saved the same record since it was read: nothing was overwritten; reload and redo. */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String what) {
        super(what + " was changed by somebody else");
    }
}
