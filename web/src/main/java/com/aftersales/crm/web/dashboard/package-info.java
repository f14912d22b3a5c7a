/** The management dashboard page (管理看板), its charts, drill-downs and exports. */
package com.aftersales.crm.web.dashboard;
