/**
 * Computing the weekly report's figures with set-based SQL, storing them, and writing them as an Excel workbook. A
 * declared read model: its statements read every area's tables (installations, submissions, follow-ups, surveys, cases,
 * quality complaints, information items, providers), one INSERT … SELECT per section; they write only the report's own.
 */
package com.aftersales.crm.report.control;
