/** Return requests' queries and who may see them. */
package com.aftersales.crm.returns.control;
