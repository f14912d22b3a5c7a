/** Claiming a key before a creating request runs, keeping its answer after, replaying it on a retry. */
package com.aftersales.crm.idempotency.boundary;
