/** The set-based SQL that scores a month and settles a year, and the queries that read a scorecard. */
package com.aftersales.crm.assessment.control;
