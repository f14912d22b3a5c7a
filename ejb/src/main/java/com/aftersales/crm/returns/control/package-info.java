/** Return requests' statements, who may see which request, and the read model of their lists. */
package com.aftersales.crm.returns.control;
