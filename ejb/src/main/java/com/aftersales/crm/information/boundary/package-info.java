/** Filing, sending and answering information items; the 3-day watch that records late answers. */
package com.aftersales.crm.information.boundary;
