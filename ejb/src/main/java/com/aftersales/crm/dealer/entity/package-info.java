/** Dealers (经销商): who sells the products and whose customers' complaints it follows. */
package com.aftersales.crm.dealer.entity;
