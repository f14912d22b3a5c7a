/** Persistence helpers every area shares (one way to load an aggregate and to save it under its version). */
package com.aftersales.crm.platform.control;
