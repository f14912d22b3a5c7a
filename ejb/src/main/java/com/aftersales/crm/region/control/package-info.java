/** Every statement on the region table. */
package com.aftersales.crm.region.control;
