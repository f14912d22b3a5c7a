/** Starts and stops what the portal runs on (PostgreSQL and a configured Payara domain) for the demo run and the tests. */
package com.aftersales.crm.harness;
