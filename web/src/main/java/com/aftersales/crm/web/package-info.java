/** The portal (PrimeFaces views) and the REST API: dumb views over the boundary services. */
package com.aftersales.crm.web;
