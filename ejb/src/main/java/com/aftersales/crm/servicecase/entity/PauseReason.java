package com.aftersales.crm.servicecase.entity;

import java.io.Serializable;

/** A reason an SLA clock may be paused for (停表原因), from the policy list the administrator keeps. */
public record PauseReason(String code, String labelZh, String labelEn, DelayParty party, boolean evidenceRequired,
                          boolean active) implements Serializable {

    /** The label in the user's language (Chinese unless English). */
    public String label(String language) {
        return language != null && language.startsWith("en") ? labelEn : labelZh;
    }
}
