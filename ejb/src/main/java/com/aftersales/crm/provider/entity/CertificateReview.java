package com.aftersales.crm.provider.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 上岗证年审: one technician's review for a year — the two scores, the total, whether it passed and whether the fee is
 * waived, the certificate's expiry before and after, and the policy versions that decided it. Never changed.
 */
@Entity
@Table(name = "certificate_review")
public class CertificateReview {

    /** The policy versions that weighed and judged a review. */
    public record Policies(long workWeight, long examWeight, long pass, long waiver, long validity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "technician_id", nullable = false, updatable = false)
    private long technicianId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int reviewYear;

    @Column(name = "work_score", nullable = false, updatable = false)
    private BigDecimal workScore;

    @Column(name = "exam_score", nullable = false, updatable = false)
    private BigDecimal examScore;

    @Column(nullable = false, updatable = false)
    private BigDecimal total;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    @Column(name = "fee_waived", nullable = false, updatable = false)
    private boolean feeWaived;

    @Column(name = "valid_until_before", nullable = false, updatable = false)
    private LocalDate validUntilBefore;

    @Column(name = "valid_until_after", nullable = false, updatable = false)
    private LocalDate validUntilAfter;

    @Column(name = "work_weight_policy_id", nullable = false, updatable = false)
    private long workWeightPolicyId;

    @Column(name = "exam_weight_policy_id", nullable = false, updatable = false)
    private long examWeightPolicyId;

    @Column(name = "pass_policy_id", nullable = false, updatable = false)
    private long passPolicyId;

    @Column(name = "waiver_policy_id", nullable = false, updatable = false)
    private long waiverPolicyId;

    @Column(name = "validity_policy_id", nullable = false, updatable = false)
    private long validityPolicyId;

    @Column(name = "reviewed_by", nullable = false, updatable = false)
    private String reviewedBy;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
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
