/** Follow-up calls (回访), their attempts, and the items an unsatisfied customer opens for the provider. */
package com.aftersales.crm.followup.entity;
