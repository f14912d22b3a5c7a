/** The administrator's screens: users, reference data (dealers, providers, technicians, products) and policies. */
package com.aftersales.crm.web.admin;
