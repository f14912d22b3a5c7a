/** Reading and maintaining service providers. */
package com.aftersales.crm.provider.boundary;
