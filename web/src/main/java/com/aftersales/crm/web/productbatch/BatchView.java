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

    private final BatchFilter filter = new BatchFilter();
    private BatchThresholds thresholds;
    private PagedRows<BatchFigures> rows;
    private PagedRows<BatchAlert> alerts;
    private String inspectionProduct;
    private String inspectionBatch;
    private BigDecimal inspectedM2;
    private BigDecimal defectiveM2;

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

    public BatchFilter getFilter() {
        return filter;
    }

    public BatchThresholds getThresholds() {
        return thresholds;
    }

    public PagedRows<BatchFigures> getRows() {
        return rows;
    }

    public PagedRows<BatchAlert> getAlerts() {
        return alerts;
    }

    public String getInspectionProduct() {
        return inspectionProduct;
    }

    public void setInspectionProduct(String inspectionProduct) {
        this.inspectionProduct = inspectionProduct;
    }

    public String getInspectionBatch() {
        return inspectionBatch;
    }

    public void setInspectionBatch(String inspectionBatch) {
        this.inspectionBatch = inspectionBatch;
    }

    public BigDecimal getInspectedM2() {
        return inspectedM2;
    }

    public void setInspectedM2(BigDecimal inspectedM2) {
        this.inspectedM2 = inspectedM2;
    }

    public BigDecimal getDefectiveM2() {
        return defectiveM2;
    }

    public void setDefectiveM2(BigDecimal defectiveM2) {
        this.defectiveM2 = defectiveM2;
    }
}
