/** 铺装档案周报送: the weekly archive spreadsheet's columns, its rows parsed and checked, its template and error report. */
package com.aftersales.crm.submission.boundary;
