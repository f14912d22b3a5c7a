/** Login, the current caller, role checks on services, and user administration. */
package com.aftersales.crm.security.boundary;
