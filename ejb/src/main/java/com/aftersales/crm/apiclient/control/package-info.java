/** The statements on the API client tables, and the in-memory rate limiter (token buckets per client). */
package com.aftersales.crm.apiclient.control;
