/** The statements on the shares, costs and chargeback lines of the chargeback area. */
package com.aftersales.crm.chargeback.control;
