/** Finding the policy version in force for a moment, a brand and a product line. */
package com.aftersales.crm.policy.control;
