/** What every area stands on: schema migration at start-up, the clock. */
package com.aftersales.crm.platform;
