/** The follow-up rules that are computations: due windows and when to try an unreached customer again. */
package com.aftersales.crm.followup.control;
