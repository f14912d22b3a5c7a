/** Whether a survey's answers count as satisfied, by the policy in force; every statement on the survey tables. */
package com.aftersales.crm.survey.control;
