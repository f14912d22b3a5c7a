/** The weekly information report (信息周报): run it, list it, read its figures, download its workbook. */
package com.aftersales.crm.report.boundary;
