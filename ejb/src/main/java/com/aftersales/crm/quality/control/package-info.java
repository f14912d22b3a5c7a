/** Complaints' answer deadline, who may see which complaint, and the uploaded files kept outside the web root. */
package com.aftersales.crm.quality.control;
