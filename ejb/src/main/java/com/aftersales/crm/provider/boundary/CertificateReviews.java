package com.aftersales.crm.provider.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.provider.control.ReviewScore;
import com.aftersales.crm.provider.control.TechnicianRepository;
import com.aftersales.crm.provider.entity.CertificateReview;
import com.aftersales.crm.provider.entity.ReviewRow;
import com.aftersales.crm.provider.entity.Technician;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * 上岗证年审 (administrators and supervisors): the yearly review of a technician's certificate, once per technician and
 * year. Weights, pass score, fee-waiver score and the renewal's length are policies in force on the review day; a
 * pass renews the certificate for the policy's months from the later of its expiry and the review day, a failure
 * renews nothing (the certificate runs out and the technician can no longer be sent out).
 */
@Stateless
@Secured(Duty.SUPERVISION)
public class CertificateReviews {

    public static final String WORK_WEIGHT = "certificate.review.work-weight";
    public static final String EXAM_WEIGHT = "certificate.review.exam-weight";
    public static final String PASS_SCORE = "certificate.review.pass-score";
    public static final String WAIVER_SCORE = "certificate.review.fee-waiver-score";
    public static final String VALIDITY = "certificate.review.validity";

    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    TechnicianRepository technicians;

    @Inject
    Aggregates aggregates;

    @Inject
    PolicyLookup policies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public ReviewRow review(long technicianId, int year, BigDecimal workScore, BigDecimal examScore) {
        Technician technician = aggregates.find(Technician.class, technicianId, "technician");
        if (!technician.isActive()) {
            throw new InvalidInput("technician", "technician.error.departed");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
        if (year < 2000 || year > today.getYear()) {
            throw new InvalidInput("year", "technician.review.error.year");
        }
        if (technicians.reviewed(technicianId, year)) {
            throw new InvalidInput("year", "technician.review.error.done");
        }
        PolicyVersion work = policies.inForce(WORK_WEIGHT, null, null, now);
        PolicyVersion exam = policies.inForce(EXAM_WEIGHT, null, null, now);
        PolicyVersion pass = policies.inForce(PASS_SCORE, null, null, now);
        PolicyVersion waiver = policies.inForce(WAIVER_SCORE, null, null, now);
        PolicyVersion validity = policies.inForce(VALIDITY, null, null, now);
        ReviewScore.Result result = ReviewScore.of(workScore, examScore, work.asInt(), exam.asInt(), pass.asInt(),
                waiver.asInt());
        LocalDate before = technician.getCertificateValidUntil();
        if (result.passed()) {
            LocalDate from = before.isAfter(today) ? before : today;
            technician.renewCertificate(from.plusMonths(validity.asInt()));
        }
        CertificateReview review = new CertificateReview(technicianId, year, workScore, examScore, result.total(),
                result.passed(), result.feeWaived(), before, technician.getCertificateValidUntil(),
                new CertificateReview.Policies(work.id(), exam.id(), pass.id(), waiver.id(), validity.id()),
                caller.require().username(), now);
        long id = technicians.add(review);
        return history(technicianId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** A technician's reviews, latest year first. */
    public List<ReviewRow> history(long technicianId) {
        return technicians.reviews(technicianId);
    }
}
