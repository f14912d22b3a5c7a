/** The demo run's year of history: loaded once at start-up in the demo profile only, never in production or the tests' profile. */
package com.aftersales.crm.demo;
