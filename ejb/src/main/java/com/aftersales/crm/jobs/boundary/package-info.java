/** The job monitor (作业监控): the application's Jakarta Batch runs, their progress and failures; start, stop, restart. */
package com.aftersales.crm.jobs.boundary;
