/** Every statement on the market information items and the records they leave against the network points. */
package com.aftersales.crm.information.control;
