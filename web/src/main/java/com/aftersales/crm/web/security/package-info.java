/** Shiro wiring: the database realm, URL filters, login and logout. */
package com.aftersales.crm.web.security;
