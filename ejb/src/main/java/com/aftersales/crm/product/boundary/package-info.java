/** Reading and maintaining products. */
package com.aftersales.crm.product.boundary;
