/** Responsibility shares, case costs and chargeback lines (责任分摊、案件费用、责任扣款), with the rules that split and dispute them. */
package com.aftersales.crm.chargeback.entity;
