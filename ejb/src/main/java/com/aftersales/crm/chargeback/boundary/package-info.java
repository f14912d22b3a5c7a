/** Split responsibility and chargebacks (责任分摊与扣款): the judgement by shares, the case's costs, the ledger and its disputes. */
package com.aftersales.crm.chargeback.boundary;
