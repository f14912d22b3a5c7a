/** Every statement on the product table. */
package com.aftersales.crm.product.control;
