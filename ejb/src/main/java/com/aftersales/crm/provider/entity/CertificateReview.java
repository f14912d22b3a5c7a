package com.aftersales.crm.provider.entity;

import com.aftersales.crm.shared.WrittenOnce;
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
@WrittenOnce
public class CertificateReview {

    /** The policy versions that weighed and judged a review. */
    public record Policies(long workWeight, long examWeight, long pass, long waiver, long validity) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long technicianId;

    private int reviewYear;

    private BigDecimal workScore;

    private BigDecimal examScore;

    private BigDecimal total;

    private boolean passed;

    private boolean feeWaived;

    private LocalDate validUntilBefore;

    private LocalDate validUntilAfter;

    private long workWeightPolicyId;

    private long examWeightPolicyId;

    private long passPolicyId;

    private long waiverPolicyId;

    private long validityPolicyId;

    private String reviewedBy;

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
