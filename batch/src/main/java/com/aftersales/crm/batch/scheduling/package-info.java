/** The persistent schedules that start the batch jobs, once per period. */
package com.aftersales.crm.batch.scheduling;
