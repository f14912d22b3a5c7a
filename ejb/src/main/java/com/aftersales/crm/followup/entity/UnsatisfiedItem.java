package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.IllegalTransition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * 回访不满意跟进单: a customer a follow-up found unsatisfied, handed to the provider (manual 2.3). Each round the provider
 * replies with its handling and the result, then the customer is called again; the item closes only when that call
 * finds the customer satisfied, otherwise the next round begins.
 */
@Getter
@Entity
public class UnsatisfiedItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long followUpId;

    @Column(updatable = false)
    private long customerId;

    @Column(updatable = false)
    private long providerId;

    @Column(updatable = false)
    private Long caseId;

    @Column(updatable = false)
    private Long installationId;

    private ItemStatus status;

    private int round;

    @Column(updatable = false)
    private Instant openedAt;

    private Instant resolvedAt;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected UnsatisfiedItem() {
    }

    public UnsatisfiedItem(long followUpId, long customerId, long providerId, Long caseId, Long installationId,
                           Instant openedAt) {
        this.followUpId = followUpId;
        this.customerId = customerId;
        this.providerId = providerId;
        this.caseId = caseId;
        this.installationId = installationId;
        this.openedAt = openedAt;
        this.status = ItemStatus.AWAITING_REPLY;
        this.round = 1;
    }

    /** The provider answered this round: the customer is to be called again. */
    public void replied() {
        require(ItemAction.REPLY, ItemStatus.AWAITING_REPLY);
        status = ItemStatus.AWAITING_RECALL;
    }

    /** The re-call found the customer satisfied: the item closes. */
    public void resolved(Instant now) {
        require(ItemAction.RECALL_SATISFIED, ItemStatus.AWAITING_RECALL);
        status = ItemStatus.RESOLVED;
        resolvedAt = now;
    }

    /** The re-call found the customer still unsatisfied: back to the provider, a new round. @return the new round */
    public int stillUnsatisfied() {
        require(ItemAction.RECALL_UNSATISFIED, ItemStatus.AWAITING_RECALL);
        status = ItemStatus.AWAITING_REPLY;
        return ++round;
    }

    private void require(ItemAction action, ItemStatus expected) {
        if (status != expected) {
            throw new IllegalTransition("item", status, action);
        }
    }
}
