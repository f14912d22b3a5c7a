/** Every statement on the dealer table. */
package com.aftersales.crm.dealer.control;
