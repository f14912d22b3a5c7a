/** Return and exchange request screens: the dealer's list and form, the supervisors' queue, the detail with its chain. */
package com.aftersales.crm.web.returns;
