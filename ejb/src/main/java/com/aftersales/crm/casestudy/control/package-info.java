/** Every statement on the case study tables. */
package com.aftersales.crm.casestudy.control;
