/** The weekly information report's value types: the ISO week it covers and its sections with their measures. */
package com.aftersales.crm.report.entity;
