/** The agents' call queue, the follow-ups the system creates, the provider's unsatisfied items and queue metrics. */
package com.aftersales.crm.followup.boundary;
