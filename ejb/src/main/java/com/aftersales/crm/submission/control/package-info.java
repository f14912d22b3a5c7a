/** The Monday 17:00 deadline rule, the row parser, and every statement on the submission tables. */
package com.aftersales.crm.submission.control;
