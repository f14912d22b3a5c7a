/** The maker's products, written with the manual's spec format. */
package com.aftersales.crm.product.entity;
