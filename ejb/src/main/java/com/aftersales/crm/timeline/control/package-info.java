/** The statements on {@code customer_event}: appending events set-based and reading a customer's page of them. */
package com.aftersales.crm.timeline.control;
