/** The calendar tables' statements and the in-memory cache of each year's listed days. */
package com.aftersales.crm.calendar.control;
