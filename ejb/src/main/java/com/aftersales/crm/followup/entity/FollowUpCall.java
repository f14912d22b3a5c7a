package com.aftersales.crm.followup.entity;

import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * 回访: a call the service department owes a customer, with the window it must be made in. The queue hands it to one
 * agent at a time (the reservation is set by the queue's claim, in SQL, so that two agents never get the same call);
 * the agent records each attempt here. Unreached, it waits for a retry at another time of day, and after the last
 * allowed failure it is unreachable; reached, the survey's answer completes it.
 */
@Getter
@Entity
@Table(name = "follow_up")
public class FollowUpCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private FollowUpKind kind;

    @Column(updatable = false)
    private String sourceKey;

    @Column(updatable = false)
    private long customerId;

    @Column(updatable = false)
    private Long installationId;

    @Column(updatable = false)
    private Long caseId;

    @Column(updatable = false)
    private Long orderId;

    @Column(updatable = false)
    private Long providerId;

    @Column(updatable = false)
    private Long dealerId;

    @Column(updatable = false)
    private Long itemId;

    @Column(updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private Instant dueFrom;

    @Column(updatable = false)
    private Instant dueAt;

    @Column(updatable = false)
    private long windowPolicyId;

    @Column(updatable = false)
    private int priority;

    private FollowUpStatus status;

    private Instant readyAt;

    private String claimedBy;

    private Instant claimExpiresAt;

    private int attempts;

    private int failedAttempts;

    private CallOutcome lastOutcome;

    private Instant completedAt;

    private String completedBy;

    private Boolean satisfied;

    @Version
    @Getter(AccessLevel.NONE)
    private long version;

    protected FollowUpCall() {
    }

    /** What requires the call and who it concerns. */
    public record Subject(long customerId, Long installationId, Long caseId, Long orderId, Long providerId, Long dealerId,
                          Long itemId) {
    }

    public FollowUpCall(FollowUpKind kind, String sourceKey, Subject subject, Instant dueFrom, Instant dueAt,
                        long windowPolicyId, Instant now) {
        this.kind = Objects.requireNonNull(kind);
        this.sourceKey = Objects.requireNonNull(sourceKey);
        this.customerId = subject.customerId();
        this.installationId = subject.installationId();
        this.caseId = subject.caseId();
        this.orderId = subject.orderId();
        this.providerId = subject.providerId();
        this.dealerId = subject.dealerId();
        this.itemId = subject.itemId();
        this.dueFrom = Objects.requireNonNull(dueFrom);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.windowPolicyId = windowPolicyId;
        this.priority = kind.priority();
        this.createdAt = now;
        this.readyAt = now;
        this.status = FollowUpStatus.OPEN;
    }

    /**
     * An attempt that did not end in a survey. A failed attempt (no answer, busy, wrong number) waits for
     * {@code retryAt}, unless it was the last the policy allows: then the customer is unreachable. A refusal ends the
     * follow-up; a call-back makes it wait for the time the customer gave.
     *
     * @return the attempt's number
     */
    public int attempted(CallOutcome outcome, String agent, Instant now, Instant callBackAt, int maxFailures,
                         Instant retryAt) {
        requireWorkable(FollowUpAction.ATTEMPT, agent, now);
        if (outcome == null) {
            throw new InvalidInput("outcome", "validation.required");
        }
        switch (outcome) {
            case REACHED -> throw new InvalidInput("outcome", "followup.error.surveyRequired");
            case REFUSED -> finish(FollowUpStatus.REFUSED, agent, now);
            case CALL_BACK -> {
                if (callBackAt == null) {
                    throw new InvalidInput("callBackAt", "validation.required");
                }
                if (!callBackAt.isAfter(now)) {
                    throw new InvalidInput("callBackAt", "followup.error.callBackInPast");
                }
                readyAt = callBackAt;
            }
            default -> {
                failedAttempts++;
                if (failedAttempts >= maxFailures) {
                    finish(FollowUpStatus.UNREACHABLE, agent, now);
                } else {
                    readyAt = Objects.requireNonNull(retryAt);
                }
            }
        }
        attempts++;
        lastOutcome = outcome;
        release();
        return attempts;
    }

    /** The customer was reached and answered the survey: the follow-up is done. @return the attempt's number */
    public int surveyed(boolean satisfied, String agent, Instant now) {
        requireWorkable(FollowUpAction.SURVEY, agent, now);
        attempts++;
        lastOutcome = CallOutcome.REACHED;
        this.satisfied = satisfied;
        finish(FollowUpStatus.DONE, agent, now);
        release();
        return attempts;
    }

    /** Whether someone other than {@code agent} holds the reservation now. */
    public boolean reservedByAnother(String agent, Instant now) {
        return claimedBy != null && !claimedBy.equals(agent) && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }

    public boolean isOverdue(Instant now) {
        return status == FollowUpStatus.OPEN ? now.isAfter(dueAt) : completedAt != null && completedAt.isAfter(dueAt);
    }

    private void requireWorkable(FollowUpAction action, String agent, Instant now) {
        if (status != FollowUpStatus.OPEN) {
            throw new IllegalTransition("followUp", status, action);
        }
        if (reservedByAnother(agent, now)) {
            throw new InvalidInput("followUp", "followup.error.reservedByAnother");
        }
    }

    private void finish(FollowUpStatus to, String agent, Instant now) {
        status = to;
        completedAt = now;
        completedBy = agent;
    }

    private void release() {
        claimedBy = null;
        claimExpiresAt = null;
    }
}
