/** The administrator's screens: users (later: policies and reference data). */
package com.aftersales.crm.web.admin;
