package com.aftersales.crm.followup.entity;

/** The steps of a follow-up, as the refusal of a step names them. */
public enum FollowUpAction {
    CLAIM, ATTEMPT, SURVEY
}
