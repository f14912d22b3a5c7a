/** The dashboard's pure rules: the filter's period and region, the rates, the figures a drill-down opens. */
package com.aftersales.crm.dashboard.entity;
