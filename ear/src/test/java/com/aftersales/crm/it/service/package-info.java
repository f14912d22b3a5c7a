/** Tests that run inside Payara (deployed in a test WAR beside the real EAR) and call the services directly. */
package com.aftersales.crm.it.service;
