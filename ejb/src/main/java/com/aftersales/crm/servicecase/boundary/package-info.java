/** Opening, following and closing service cases; the SLA watch. */
package com.aftersales.crm.servicecase.boundary;
