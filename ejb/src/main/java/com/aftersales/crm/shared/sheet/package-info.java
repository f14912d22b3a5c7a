/** Streaming reading of uploaded spreadsheets (xlsx, csv in UTF-8 or GBK), knowing nothing of what they hold. */
package com.aftersales.crm.shared.sheet;
