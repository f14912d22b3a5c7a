/** The service cases screens: the provider's submissions and months, the supervisors' judgement and month end. */
package com.aftersales.crm.web.casestudy;
