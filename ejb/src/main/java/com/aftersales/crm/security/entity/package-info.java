/** The portal's users, their roles and the organisation (dealer or provider) they act for. */
package com.aftersales.crm.security.entity;
