/** Provider scoring screens: the provider's scorecard, the supervisor's monthly assessment, management's read-only view. */
package com.aftersales.crm.web.assessment;
