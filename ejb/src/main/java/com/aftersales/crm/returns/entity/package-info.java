/** Return and exchange requests (退换货申请): who may return what, the approval chain, who pays the freight. */
package com.aftersales.crm.returns.entity;
