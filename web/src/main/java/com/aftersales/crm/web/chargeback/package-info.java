/** The portal's split judgement and costs on the case page, the chargeback ledgers and the cost reports (责任扣款). */
package com.aftersales.crm.web.chargeback;
