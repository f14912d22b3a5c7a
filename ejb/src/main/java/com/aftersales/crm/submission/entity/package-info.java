/** The weekly archive submission and its status. */
package com.aftersales.crm.submission.entity;
