/** Hotline intake, service case lists and pages, dispatch orders, escalations. */
package com.aftersales.crm.web.servicecase;
