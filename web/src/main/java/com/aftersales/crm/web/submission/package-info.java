/** The weekly archive submissions: upload, progress, bad rows, the template and the error report, weekly compliance. */
package com.aftersales.crm.web.submission;
