/** Administrative regions (GB/T 2260) with their market level (市场级别). */
package com.aftersales.crm.region.entity;
