package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.followup.entity.AttemptView;
import com.aftersales.crm.followup.entity.FollowUpRow;

import java.io.Serializable;
import java.util.List;

/**
 * What the agent's call screen needs besides the customer's 360: the follow-up, its attempts so far, and for a re-call
 * the dissatisfaction and the provider's replies the customer is asked about.
 */
public record CallSheet(FollowUpRow followUp, Long orderId, String dealerName, long windowPolicyId, int failedAttempts,
                        List<AttemptView> attempts, ItemDetail item) implements Serializable {
}
