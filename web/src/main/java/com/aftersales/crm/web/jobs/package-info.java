/** The job monitor screen (作业监控) for supervisors and administrators. */
package com.aftersales.crm.web.jobs;
