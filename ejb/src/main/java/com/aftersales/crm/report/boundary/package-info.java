/** The weekly information report (信息周报): run it, list it, read its figures, download its workbook (a read model of every area, see its control). */
package com.aftersales.crm.report.boundary;
