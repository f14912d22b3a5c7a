/** Reading and maintaining dealers. */
package com.aftersales.crm.dealer.boundary;
