/** The statements on idempotent_request. */
package com.aftersales.crm.idempotency.control;
