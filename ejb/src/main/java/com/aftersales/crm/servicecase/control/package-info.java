/** A service case's rules and the statements on its tables: deadlines, missed clocks, who may see which case. */
package com.aftersales.crm.servicecase.control;
