/** Sending, answering and returning dispatch orders. */
package com.aftersales.crm.dispatch.boundary;
