/** The follow-up screens: the agents' queue and call screen, the providers' unsatisfied items, the supervisors' view, the questionnaire editor. */
package com.aftersales.crm.web.followup;
