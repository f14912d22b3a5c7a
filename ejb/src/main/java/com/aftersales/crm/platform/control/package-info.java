/** Persistence helpers every area shares (one way to load an aggregate and to save it under its version), and the platform's own statements (job period claims, schema version). */
package com.aftersales.crm.platform.control;
