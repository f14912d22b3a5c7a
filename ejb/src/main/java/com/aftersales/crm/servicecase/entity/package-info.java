/** Service cases (服务案件): intake, life cycle, SLA clocks, responsibility, and what their lists read. */
package com.aftersales.crm.servicecase.entity;
