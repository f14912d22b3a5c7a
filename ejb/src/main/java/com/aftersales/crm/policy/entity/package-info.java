/** Policies as data: versioned values of deadlines, windows, thresholds and weights, per brand and product line. */
package com.aftersales.crm.policy.entity;
