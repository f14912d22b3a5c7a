/** The working-day calendar (工作日历) as the other areas count with it, and its administration. */
package com.aftersales.crm.calendar.boundary;
