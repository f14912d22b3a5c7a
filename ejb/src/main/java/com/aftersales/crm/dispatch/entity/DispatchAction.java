package com.aftersales.crm.dispatch.entity;

/** What can be done to an order; the name of the refused action when the state does not allow it. */
public enum DispatchAction {
    ACCEPT, SCHEDULE, ARRIVE, COMPLETE, RETURN, CANCEL, CHECK
}
