/** Dispatch orders (派工单) sent to a provider and its technicians, and what their lists read. */
package com.aftersales.crm.dispatch.entity;
