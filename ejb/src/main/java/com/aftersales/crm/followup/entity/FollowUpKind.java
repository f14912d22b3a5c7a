package com.aftersales.crm.followup.entity;

/**
 * Why a customer is called back, with the policy that sets the call's window and its priority in the queue (1 first):
 * a customer with a complaint or an open dissatisfaction before the routine calls.
 */
public enum FollowUpKind {
    /** 铺装回访: within 7 days of the installation's acceptance. */
    INSTALLATION("followup.call-window.installation", 3),
    /** 维修/保养回访: within 24 h of a repair or maintenance visit. */
    VISIT("followup.call-window.visit", 2),
    /** 投诉回访: the complaint's handling is done; it closes only if the customer is satisfied. */
    COMPLAINT("followup.call-window.complaint", 1),
    /** 再次回访: the provider answered an unsatisfied item; is the customer satisfied now? */
    RECALL("followup.call-window.recall", 1);

    private final String windowPolicy;
    private final int priority;

    FollowUpKind(String windowPolicy, int priority) {
        this.windowPolicy = windowPolicy;
        this.priority = priority;
    }

    public String windowPolicy() {
        return windowPolicy;
    }

    public int priority() {
        return priority;
    }
}
