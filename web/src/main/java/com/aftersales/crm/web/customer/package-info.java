/** Customer screens: search, record, 360 view, installation archive. */
package com.aftersales.crm.web.customer;
