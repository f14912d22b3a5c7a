/** Idempotency keys of the REST API: a creating POST retried with the same key runs once and answers the same. */
package com.aftersales.crm.idempotency;
