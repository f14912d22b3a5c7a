/** The Monday 17:00 deadline rule. */
package com.aftersales.crm.submission.control;
