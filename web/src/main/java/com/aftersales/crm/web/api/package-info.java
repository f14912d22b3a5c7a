/** The REST API under /api: same login (HTTP Basic or the portal session) and roles as the portal, JSON errors. */
package com.aftersales.crm.web.api;
