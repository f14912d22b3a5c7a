/** The scoring rules as values: a month's score and what counts of it, the coefficient table, the yearly reward. */
package com.aftersales.crm.assessment.entity;
