package com.aftersales.crm.information.entity;

/** The steps of an information item, as the refusal of a step names them. */
public enum InformationAction {
    ANSWER
}
