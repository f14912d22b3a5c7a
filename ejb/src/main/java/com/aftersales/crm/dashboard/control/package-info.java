/**
 * The dashboard's set-based SQL: one grouped statement per view, one paged statement per drill-down, and the monthly
 * roll-ups they read. A declared read model: its statements read every area's tables (cases, orders, follow-ups,
 * surveys, installations, providers, products, regions); they write only the dashboard's own roll-ups.
 */
package com.aftersales.crm.dashboard.control;
