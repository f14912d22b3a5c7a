/** The month-end service cases job: closes a month's compliance through the case-study service. */
package com.aftersales.crm.batch.casestudy;
