/** Computing the weekly report's figures with set-based SQL, and writing them as an Excel workbook. */
package com.aftersales.crm.report.control;
