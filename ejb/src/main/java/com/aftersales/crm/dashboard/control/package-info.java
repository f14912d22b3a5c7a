/** The dashboard's set-based SQL: one grouped statement per view, one paged statement per drill-down. */
package com.aftersales.crm.dashboard.control;
