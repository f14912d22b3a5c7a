/** Integration tests inside a managed Payara Server against real PostgreSQL, and browser tests in headless Chromium. */
package com.aftersales.crm.it;
