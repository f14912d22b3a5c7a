/** The batch view (批次质量): defects by product batch, the batch alerts, the batch's recorded inspection. */
package com.aftersales.crm.web.productbatch;
