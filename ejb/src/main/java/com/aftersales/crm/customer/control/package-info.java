/** Searching customers and limiting what a dealer or provider may see. */
package com.aftersales.crm.customer.control;
