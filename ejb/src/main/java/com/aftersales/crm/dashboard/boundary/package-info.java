/** The management dashboard (管理看板): read-only service metrics, their drill-downs and their export. */
package com.aftersales.crm.dashboard.boundary;
