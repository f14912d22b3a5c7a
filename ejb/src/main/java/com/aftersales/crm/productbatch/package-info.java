/**
 * Defects by product batch (批号): the batch view (installed m², complaints, returns and affected m² per product and
 * batch), the alerts raised when a batch crosses the policy's thresholds, and the batch's recorded incoming inspection
 * that the 3% pre-sale return rule may take its rate from.
 */
package com.aftersales.crm.productbatch;
