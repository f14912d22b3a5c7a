/** Customer services: search, records, duplicates and merge, the customer 360 view and timeline. */
package com.aftersales.crm.customer.boundary;
