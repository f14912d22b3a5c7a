/** Chinese public holidays and make-up working days (调休补班), and the arithmetic of working days. */
package com.aftersales.crm.calendar.entity;
