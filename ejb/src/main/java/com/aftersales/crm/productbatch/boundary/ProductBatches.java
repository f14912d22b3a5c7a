package com.aftersales.crm.productbatch.boundary;

import com.aftersales.crm.platform.ClockProducer;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.productbatch.control.BatchAlertCheck;
import com.aftersales.crm.productbatch.control.BatchReadModel;
import com.aftersales.crm.productbatch.entity.BatchAlert;
import com.aftersales.crm.productbatch.entity.BatchFigures;
import com.aftersales.crm.productbatch.entity.BatchFilter;
import com.aftersales.crm.productbatch.entity.BatchInspection;
import com.aftersales.crm.productbatch.entity.BatchThresholds;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.BatchNo;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Defects by product batch (批号), for the supervisors and information officers: the batch view for a period, one
 * batch's figures, the alerts raised for batches over threshold (policies {@value #COMPLAINTS}, {@value #RATE},
 * {@value #PERIOD}) and their acknowledgement, and the batch's recorded incoming inspection. The check that raises
 * the alerts runs every hour ({@link BatchWatch}) and on demand.
 */
@Stateless
@Secured(Duty.INFORMATION_DESK)
public class ProductBatches {

    public static final String COMPLAINTS = "batch.alert.complaints";
    public static final String RATE = "batch.alert.rate";
    public static final String PERIOD = "batch.alert.period";

    @Inject
    BatchReadModel reads;

    @Inject
    BatchAlertCheck check;

    @Inject
    PolicyLookup policies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The thresholds in force now. */
    public BatchThresholds thresholds() {
        return thresholdsAt(policies, clock.instant());
    }

    /** The thresholds in force at a moment (the schedule reads them without a caller). */
    static BatchThresholds thresholdsAt(PolicyLookup policies, Instant now) {
        PolicyVersion complaints = policies.inForce(COMPLAINTS, null, null, now);
        PolicyVersion rate = policies.inForce(RATE, null, null, now);
        PolicyVersion period = policies.inForce(PERIOD, null, null, now);
        return new BatchThresholds(complaints.asInt(), complaints.id(), new BigDecimal(rate.value().trim()), rate.id(),
                period.asInt(), period.id());
    }

    /** A page of the batches a complaint or return of the filter's period names; by defect rate, highest first. */
    public List<BatchFigures> list(BatchFilter filter, int first, int max, String sortField, boolean ascending) {
        Instant[] window = window(filter);
        return reads.list(filter, window[0], window[1], Math.max(0, first), Math.max(1, Math.min(max, 200)), sortField,
                ascending);
    }

    public long count(BatchFilter filter) {
        Instant[] window = window(filter);
        return reads.count(filter, window[0], window[1]);
    }

    /** One batch (product code and batch number) for the filter's period; not found for an unknown product. */
    public BatchFigures batch(String productCode, String batchNo, BatchFilter period) {
        long productId = reads.productOfCode(productCode == null ? "" : productCode.trim())
                .orElseThrow(() -> new NotFound("product " + productCode));
        String batch = BatchNo.normalise(batchNo, "batchNo");
        if (batch == null) {
            throw new InvalidInput("batchNo", "validation.required");
        }
        Instant[] window = window(period);
        return reads.one(productId, batch, window[0], window[1]).orElseThrow(() -> new NotFound("product " + productCode));
    }

    /** The batch's alert, if one was raised. */
    public Optional<BatchAlert> alertOf(long productId, String batchNo) {
        return reads.alert(productId, batchNo);
    }

    public List<BatchAlert> alerts(boolean openOnly, int first, int max) {
        return reads.alerts(openOnly, Math.max(0, first), Math.max(1, Math.min(max, 200)));
    }

    public long countAlerts(boolean openOnly) {
        return reads.countAlerts(openOnly);
    }

    /** Marks an open alert as seen by the caller. */
    public void acknowledge(long alertId) {
        if (!reads.acknowledge(alertId, actor(), clock.instant())) {
            throw new NotFound("open batch alert " + alertId);
        }
    }

    /**
     * Raises an alert for every batch over threshold in the alert period ending now, once per product and batch
     * (idempotent: a batch already alerted is not alerted again). Returns how many alerts are new.
     */
    public int raiseAlerts() {
        return check.run(thresholds(), clock.instant());
    }

    /**
     * Records a batch's incoming inspection (m² inspected, m² defective); a later record replaces it. Its rate is the
     * one the 3% rule of a pre-sale return naming the batch uses.
     */
    public BatchInspection recordInspection(String productCode, String batchNo, BigDecimal inspectedM2,
                                            BigDecimal defectiveM2) {
        long productId = reads.productOfCode(productCode == null ? "" : productCode.trim())
                .orElseThrow(() -> new InvalidInput("productCode", "batch.error.product"));
        String batch = BatchNo.normalise(batchNo, "batchNo");
        if (batch == null) {
            throw new InvalidInput("batchNo", "validation.required");
        }
        BatchInspection.validate(inspectedM2, defectiveM2);
        reads.recordInspection(productId, batch, inspectedM2, defectiveM2, actor(), clock.instant());
        return reads.inspection(productId, batch).orElseThrow();
    }

    /** The batch's recorded inspection, for whoever files or reviews return requests. */
    @Secured(Duty.RETURNS)
    public Optional<BatchInspection> inspection(long productId, String batchNo) {
        String batch = BatchNo.clean(batchNo);
        return batch == null ? Optional.empty() : reads.inspection(productId, batch);
    }

    /** [from 00:00, to + 1 day 00:00) Beijing time; by default the alert period up to the end of today. */
    private Instant[] window(BatchFilter filter) {
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.BUSINESS_ZONE));
        LocalDate to = filter == null || filter.getTo() == null ? today : filter.getTo();
        LocalDate from = filter == null || filter.getFrom() == null
                ? to.minusDays(Math.max(1, thresholds().periodDays()) - 1L) : filter.getFrom();
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "batch.error.period");
        }
        return new Instant[]{from.atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant()};
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
