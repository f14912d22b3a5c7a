/** The dispatch order's statements and the read model of the order lists. */
package com.aftersales.crm.dispatch.control;
