package com.aftersales.crm.followup.entity;

/** The steps of an unsatisfied item, as the refusal of a step names them. */
public enum ItemAction {
    REPLY, RECALL_SATISFIED, RECALL_UNSATISFIED
}
