package com.aftersales.crm.returns.entity;


import java.io.Serializable;

/** Which return requests a list shows: one status; without one, all or only those still open. */
public class ReturnFilter implements Serializable {

    private ReturnStatus status;
    private boolean openOnly;

    public ReturnStatus getStatus() {
        return status;
    }

    public void setStatus(ReturnStatus status) {
        this.status = status;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}
