/** Survey templates (admin) and recording a survey's answers. */
package com.aftersales.crm.survey.boundary;
