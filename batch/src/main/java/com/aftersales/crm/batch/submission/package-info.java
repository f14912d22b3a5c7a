/** The weekly archive submission job: streams a provider's spreadsheet, parses each row, writes chunks set-based. */
package com.aftersales.crm.batch.submission;
