/** Service cases (服务案件): hotline intake, the case life cycle, SLA clocks and responsibility. */
package com.aftersales.crm.servicecase.entity;
