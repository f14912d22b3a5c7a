/** Submitting and judging service cases; the month-end compliance (deductions, suspension) the batch job records. */
package com.aftersales.crm.casestudy.boundary;
