/** Tests that stop the server itself (a crash mid-job) and check what survives. */
package com.aftersales.crm.it.recovery;
