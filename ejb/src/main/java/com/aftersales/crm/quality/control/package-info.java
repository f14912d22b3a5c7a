/** Complaints' statements and answer deadline, who may see which complaint, and the read model of their lists. */
package com.aftersales.crm.quality.control;
