package com.aftersales.crm.chargeback.entity;

import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * 责任扣款: a provider's or dealer's share of a case's costs. Proposed when the supervisor splits the judgement; the party
 * may dispute it, with a reason, until {@code disputeUntil} (the dispute window in force when it was proposed); a
 * supervisor then upholds the dispute (the line is cancelled, its amount zeroed, the reason kept) or rejects it (the
 * line is confirmed). Undisputed, the line is confirmed once the window has passed. A confirmed provider line comes
 * off the yearly settlement, which marks it settled.
 */
@Entity
public class ChargebackLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long caseId;

    @Column(updatable = false)
    private long shareId;

    @Column(updatable = false)
    private Party party;

    @Column(updatable = false)
    private Long providerId;

    @Column(updatable = false)
    private Long dealerId;

    @Column(updatable = false)
    private BigDecimal sharePercent;

    private BigDecimal amount;

    @Column(updatable = false)
    private BigDecimal originalAmount;

    @Column(updatable = false)
    private String policyRef;

    @Column(updatable = false)
    private long windowPolicyId;

    @Column(updatable = false)
    private Instant disputeUntil;

    private LineStatus status;

    private String disputeReason;

    private String disputedBy;

    private Instant disputedAt;

    private String decisionReason;

    private String decidedBy;

    private Instant decidedAt;

    private Instant confirmedAt;

    @Column(updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ChargebackLine() {
    }

    public ChargebackLine(long caseId, long shareId, Party party, long partyId, BigDecimal sharePercent, Money amount,
                          String policyRef, long windowPolicyId, Instant disputeUntil, Instant now) {
        if (!party.chargedBack()) {
            throw new IllegalArgumentException("no ledger line for the " + party + "'s share");
        }
        this.caseId = caseId;
        this.shareId = shareId;
        this.party = party;
        this.providerId = party == Party.PROVIDER ? partyId : null;
        this.dealerId = party == Party.DEALER ? partyId : null;
        this.sharePercent = Objects.requireNonNull(sharePercent);
        this.amount = amount.amount();
        this.originalAmount = amount.amount();
        this.policyRef = policyRef;
        this.windowPolicyId = windowPolicyId;
        this.disputeUntil = Objects.requireNonNull(disputeUntil);
        this.status = LineStatus.PROPOSED;
        this.createdAt = now;
    }

    /** Whether the party may still dispute the line: proposed, and the window not over. */
    public boolean disputable(Instant now) {
        return status == LineStatus.PROPOSED && now.isBefore(disputeUntil);
    }

    /** 异议: the party disagrees, with its reason, within the window. */
    public void dispute(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        if (status != LineStatus.PROPOSED) {
            throw new InvalidInput("reason", "chargeback.error.notDisputable");
        }
        if (!now.isBefore(disputeUntil)) {
            throw new InvalidInput("reason", "chargeback.error.windowClosed");
        }
        this.status = LineStatus.DISPUTED;
        this.disputeReason = reason.trim();
        this.disputedBy = by;
        this.disputedAt = now;
    }

    /**
     * The supervisor's decision on a dispute: upheld, the line is cancelled and its amount zeroed (the proposed
     * amount stays on the line); rejected, the line is confirmed. The reason is required either way.
     */
    public void decide(boolean uphold, String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("decisionReason", "validation.required");
        }
        if (status != LineStatus.DISPUTED) {
            throw new InvalidInput("decisionReason", "chargeback.error.notDisputed");
        }
        this.decisionReason = reason.trim();
        this.decidedBy = by;
        this.decidedAt = now;
        if (uphold) {
            this.status = LineStatus.CANCELLED;
            this.amount = BigDecimal.ZERO.setScale(2);
        } else {
            this.status = LineStatus.CONFIRMED;
            this.confirmedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public Party getParty() {
        return party;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getDealerId() {
        return dealerId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getOriginalAmount() {
        return originalAmount;
    }

    public LineStatus getStatus() {
        return status;
    }

    public Instant getDisputeUntil() {
        return disputeUntil;
    }

    public String getDisputeReason() {
        return disputeReason;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public long getVersion() {
        return version;
    }
}
