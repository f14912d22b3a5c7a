/** Value types used by every area. */
package com.aftersales.crm.shared;
