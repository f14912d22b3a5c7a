/** Whether a survey's answers count as satisfied, by the policy in force. */
package com.aftersales.crm.survey.control;
