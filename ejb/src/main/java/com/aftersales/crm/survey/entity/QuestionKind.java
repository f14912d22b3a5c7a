package com.aftersales.crm.survey.entity;

/** How a question is answered. */
public enum QuestionKind {
    /** 1 (very unsatisfied) to 5 (very satisfied). */
    SCALE,
    YES_NO,
    /** One of the question's listed choices. */
    CHOICE,
    /** Free text. */
    TEXT
}
