/** Market information items (市场信息反馈) between the network points and the customer service department. */
package com.aftersales.crm.information.entity;
