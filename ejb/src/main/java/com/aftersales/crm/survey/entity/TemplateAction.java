package com.aftersales.crm.survey.entity;

/** What an admin does to a questionnaire version, as the refusal of a step names it. */
public enum TemplateAction {
    EDIT, PUBLISH, RETIRE
}
