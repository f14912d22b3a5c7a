package com.aftersales.crm.servicecase.entity;

/** The two SLA clocks of a case (时限): the provider's first reply to the customer, and the technician on site. */
public enum CaseClock {
    FIRST_REPLY, ON_SITE
}
