/** The rules of a service case that need no database: its deadlines and its escalation. */
package com.aftersales.crm.servicecase.control;
