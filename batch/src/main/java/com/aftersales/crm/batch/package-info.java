/** Jakarta Batch jobs: each parses or aggregates, then calls the same boundary services as the portal. */
package com.aftersales.crm.batch;
