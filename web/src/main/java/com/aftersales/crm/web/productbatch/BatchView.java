package com.aftersales.crm.web.productbatch;

import com.aftersales.crm.productbatch.boundary.ProductBatches;
import com.aftersales.crm.productbatch.entity.BatchAlert;
import com.aftersales.crm.productbatch.entity.BatchFigures;
import com.aftersales.crm.productbatch.entity.BatchFilter;
import com.aftersales.crm.productbatch.entity.BatchInspection;
import com.aftersales.crm.productbatch.entity.BatchThresholds;
import com.aftersales.crm.web.shell.Messages;
import com.aftersales.crm.web.shell.PagedRows;
import com.aftersales.crm.web.shell.Refusals;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/**
 * The batch view (批次质量) for supervisors and information officers: per product and batch, the m² installed, the
 * period's complaints with the m² they affect, the returns, and the defect rate, a batch over threshold flagged; the
 * open batch alerts; a batch's incoming inspection recorded. Paged and sorted by the database.
 */
@Named
@ViewScoped
public class BatchView implements Serializable {

    @Inject
    ProductBatches batches;

    @Getter private final BatchFilter filter = new BatchFilter();
    @Getter private BatchThresholds thresholds;
    @Getter private PagedRows<BatchFigures> rows;
    @Getter private PagedRows<BatchAlert> alerts;
    @Getter @Setter private String inspectionProduct;
    @Getter @Setter private String inspectionBatch;
    @Getter @Setter private BigDecimal inspectedM2;
    @Getter @Setter private BigDecimal defectiveM2;

    @PostConstruct
    void init() {
        thresholds = batches.thresholds();
        rows = new PagedRows<>(() -> batches.count(filter),
                (first, max, sortField, ascending) -> batches.list(filter, first, max, sortField, ascending),
                BatchView::rowId, "ratePercent", false);
        alerts = new PagedRows<>(() -> batches.countAlerts(true),
                (first, max, sortField, ascending) -> batches.alerts(true, first, max), BatchAlert::id, "raisedAt", false);
    }

    /** Over threshold with the figures shown (the period chosen): the same rule as the alert check's. */
    public boolean over(BatchFigures figures) {
        return thresholds.crossed(figures);
    }

    /** Runs the alert check now. */
    @Refusals
    public void check() {
        int raised = batches.raiseAlerts();
        Messages.info("batch.checked", raised);
    }

    @Refusals(notFound = "batch.error.alertGone")
    public void acknowledge(BatchAlert alert) {
        batches.acknowledge(alert.id());
        Messages.info("batch.acknowledged", alert.productCode(), alert.batchNo());
    }

    @Refusals(form = "inspection", labels = "batch.field.")
    public void recordInspection() {
        BatchInspection recorded = batches.recordInspection(inspectionProduct, inspectionBatch, inspectedM2, defectiveM2);
        Messages.info("batch.inspectionRecorded", recorded.productCode(), recorded.batchNo(),
                recorded.ratePercent().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        inspectionProduct = null;
        inspectionBatch = null;
        inspectedM2 = null;
        defectiveM2 = null;
    }

    private static long rowId(BatchFigures figures) {
        return figures.productId() * 1_000_003L + figures.batchNo().hashCode();
    }
}
