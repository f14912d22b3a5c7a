/** Versioned questionnaires (the service quality supervision card) and the answers given on the phone. */
package com.aftersales.crm.survey.entity;
