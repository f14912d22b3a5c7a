/** Installation archives (客户铺装档案) and the warranty they carry. */
package com.aftersales.crm.installation.entity;
