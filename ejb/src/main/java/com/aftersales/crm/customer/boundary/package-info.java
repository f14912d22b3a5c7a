/** Customer services: search, records, duplicates and merge, and who may see which customer. */
package com.aftersales.crm.customer.boundary;
