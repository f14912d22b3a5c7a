/** The month-end provider scoring job: scores last month through the assessment service. */
package com.aftersales.crm.batch.assessment;
