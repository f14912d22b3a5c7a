/** The weekly information report job (信息周报): one step computing a week's figures through the report boundary. */
package com.aftersales.crm.batch.report;
