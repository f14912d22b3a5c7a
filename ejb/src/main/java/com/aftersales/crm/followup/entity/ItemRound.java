package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One round of an unsatisfied item: the unsatisfied answer, the provider's reply deadline (from the policy in force when
 * the round opened), its reply, and the re-call that followed. A reply after the deadline (or none by then) is recorded
 * against the provider once.
 */
@Entity
@Table(name = "unsatisfied_item_round")
public class ItemRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long itemId;

    @Column(updatable = false)
    private int round;

    @Column(updatable = false)
    private long responseId;

    @Column(updatable = false)
    private Instant openedAt;

    @Column(updatable = false)
    private Instant replyDue;

    @Column(updatable = false)
    private long replyPolicyId;

    private Instant repliedAt;

    private String repliedBy;

    private String handling;

    private String result;

    private Instant lateRecordedAt;

    private Long recallId;

    protected ItemRound() {
    }

    public ItemRound(long itemId, int round, long responseId, Instant openedAt, Instant replyDue, long replyPolicyId) {
        this.itemId = itemId;
        this.round = round;
        this.responseId = responseId;
        this.openedAt = openedAt;
        this.replyDue = replyDue;
        this.replyPolicyId = replyPolicyId;
    }

    /** The provider's answer: what it did and what came of it, both required. */
    public void reply(String handling, String result, String by, Instant now) {
        if (handling == null || handling.isBlank()) {
            throw new InvalidInput("handling", "validation.required");
        }
        if (result == null || result.isBlank()) {
            throw new InvalidInput("result", "validation.required");
        }
        this.handling = handling.trim();
        this.result = result.trim();
        this.repliedBy = by;
        this.repliedAt = now;
        if (now.isAfter(replyDue) && lateRecordedAt == null) {
            lateRecordedAt = now;
        }
    }

    public void recalledBy(long followUpId) {
        this.recallId = followUpId;
    }

    public boolean isLate() {
        return lateRecordedAt != null;
    }

    public Long getId() {
        return id;
    }

    public int getRound() {
        return round;
    }

    public Instant getReplyDue() {
        return replyDue;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getLateRecordedAt() {
        return lateRecordedAt;
    }
}
