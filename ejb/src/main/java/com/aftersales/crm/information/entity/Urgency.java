package com.aftersales.crm.information.entity;

/** 周报, 即时, 紧急. */
public enum Urgency {
    WEEKLY, IMMEDIATE, EMERGENCY
}
