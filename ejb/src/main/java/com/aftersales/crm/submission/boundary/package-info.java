/** Uploading, loading and reporting weekly archive submissions. */
package com.aftersales.crm.submission.boundary;
