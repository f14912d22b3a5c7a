/** The management dashboard (管理看板): read-only service metrics, their drill-downs and their export (a read model of every area, see its control). */
package com.aftersales.crm.dashboard.boundary;
