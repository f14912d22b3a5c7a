/** Password hashing and the login throttle. */
package com.aftersales.crm.security.control;
