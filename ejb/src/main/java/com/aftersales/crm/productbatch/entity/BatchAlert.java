package com.aftersales.crm.productbatch.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An alert raised for a batch over threshold, with the figures of its window and why (complaints, rate or both). */
public record BatchAlert(long id, long productId, String productCode, String productName, String batchNo,
                         Instant raisedAt, Instant windowFrom, Instant windowTo, int complaints, int returns,
                         BigDecimal affectedM2, BigDecimal installedM2, BigDecimal ratePercent, boolean byComplaints,
                         boolean byRate, String acknowledgedBy, Instant acknowledgedAt) implements Serializable {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
