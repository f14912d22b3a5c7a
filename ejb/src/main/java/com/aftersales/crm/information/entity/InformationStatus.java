package com.aftersales.crm.information.entity;

/** Where an item stands: waiting for its answer, or answered. */
public enum InformationStatus {
    OPEN, ANSWERED
}
