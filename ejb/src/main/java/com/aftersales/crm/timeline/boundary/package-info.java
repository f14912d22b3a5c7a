/** The customer timeline (客户动态): where every feature records what happened to a customer, and where the 360 reads it. */
package com.aftersales.crm.timeline.boundary;
