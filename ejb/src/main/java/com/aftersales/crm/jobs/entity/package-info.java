/** The batch jobs the monitor knows: their names, and which a person may start from the monitor. */
package com.aftersales.crm.jobs.entity;
