package com.aftersales.crm.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 上岗证年审: one technician's review for a year — the two scores, the total, whether it passed and whether the fee is
 * waived, the certificate's expiry before and after, and the policy versions that decided it. Never changed.
 */
@Entity
public class CertificateReview {

    /** The policy versions that weighed and judged a review. */
    public record Policies(long workWeight, long examWeight, long pass, long waiver, long validity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private long technicianId;

    @Column(updatable = false)
    private int reviewYear;

    @Column(updatable = false)
    private BigDecimal workScore;

    @Column(updatable = false)
    private BigDecimal examScore;

    @Column(updatable = false)
    private BigDecimal total;

    @Column(updatable = false)
    private boolean passed;

    @Column(updatable = false)
    private boolean feeWaived;

    @Column(updatable = false)
    private LocalDate validUntilBefore;

    @Column(updatable = false)
    private LocalDate validUntilAfter;

    @Column(updatable = false)
    private long workWeightPolicyId;

    @Column(updatable = false)
    private long examWeightPolicyId;

    @Column(updatable = false)
    private long passPolicyId;

    @Column(updatable = false)
    private long waiverPolicyId;

    @Column(updatable = false)
    private long validityPolicyId;

    @Column(updatable = false)
    private String reviewedBy;

    @Column(updatable = false)
    private Instant reviewedAt;

    protected CertificateReview() {
    }

    public CertificateReview(long technicianId, int reviewYear, BigDecimal workScore, BigDecimal examScore,
                             BigDecimal total, boolean passed, boolean feeWaived, LocalDate validUntilBefore,
                             LocalDate validUntilAfter, Policies policies, String reviewedBy, Instant reviewedAt) {
        this.technicianId = technicianId;
        this.reviewYear = reviewYear;
        this.workScore = workScore;
        this.examScore = examScore;
        this.total = total;
        this.passed = passed;
        this.feeWaived = feeWaived;
        this.validUntilBefore = validUntilBefore;
        this.validUntilAfter = validUntilAfter;
        this.workWeightPolicyId = policies.workWeight();
        this.examWeightPolicyId = policies.examWeight();
        this.passPolicyId = policies.pass();
        this.waiverPolicyId = policies.waiver();
        this.validityPolicyId = policies.validity();
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() {
        return id;
    }
}
