/** Reading the policy in force, for the other areas' rules. */
package com.aftersales.crm.policy.boundary;
