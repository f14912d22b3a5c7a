/** The information items screen, shared by the department and the network points. */
package com.aftersales.crm.web.information;
