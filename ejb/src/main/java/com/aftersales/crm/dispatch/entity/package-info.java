/** Dispatch orders (派工单) sent to a provider and its technicians. */
package com.aftersales.crm.dispatch.entity;
