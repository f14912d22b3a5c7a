/** The weekly information report (信息周报) in the portal: the reports by week, a week's sections, the workbook. */
package com.aftersales.crm.web.report;
