package com.aftersales.crm.installation.entity;

/**
 * Why an installation is outside free service and returns (免责范围). The first four are recorded with a reason by
 * staff; the last is derived from the warranty card rule. Past the free period is not an exclusion: it is paid service.
 */
public enum Exclusion {
    NON_AUTHORISED_INSTALLER, IMPROPER_USE, NON_AUTHORISED_MAINTENANCE, FORCE_MAJEURE, NO_WARRANTY_CARD;

    public boolean recordable() {
        return this != NO_WARRANTY_CARD;
    }
}
