/** Warranty assessment from the policy in force. */
package com.aftersales.crm.installation.control;
