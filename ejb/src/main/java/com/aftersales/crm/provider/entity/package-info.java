/** Authorised service providers (服务商) and their technicians (服务师). */
package com.aftersales.crm.provider.entity;
