/** Customer records (客户档案): who the customer is, how to reach them, where they live, and their timeline. */
package com.aftersales.crm.customer.entity;
