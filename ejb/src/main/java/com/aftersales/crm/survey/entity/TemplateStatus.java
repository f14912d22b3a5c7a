package com.aftersales.crm.survey.entity;

public enum TemplateStatus {
    /** Being edited by an admin; never used for a call. */
    DRAFT,
    /** The version agents ask; one per questionnaire at a time; never changes again. */
    PUBLISHED,
    /** Replaced by a later version; its answers keep their meaning. */
    RETIRED
}
