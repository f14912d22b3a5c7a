/** Reading the batch runtime's records of our jobs' runs, and the counts our batchlets add to them. */
package com.aftersales.crm.jobs.control;
