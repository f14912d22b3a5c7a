package com.aftersales.crm.productbatch.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One product batch in the batch view, for a period: the m² of it installed (every installation line naming it, the
 * period aside: a batch is installed once), and the quality complaints submitted and return requests filed in the
 * period that name it — complaints with the m² they affect, returns with the pieces asked back (return requests count
 * pieces, not m², so they do not enter the rate).
 *
 * @param alertId the batch's alert when one was raised (at any time), else null
 */
public record BatchFigures(long productId, String productCode, String productName, String batchNo,
                           BigDecimal installedM2, int complaints, BigDecimal affectedM2, int returns,
                           int returnedPieces, Long alertId, Instant alertRaisedAt) implements Serializable {

    /** affected / installed in percent, two decimals; null when nothing of the batch is installed. */
    public BigDecimal ratePercent() {
        return BatchRate.percent(affectedM2, installedM2);
    }

    /** A stable key for the portal's table: product and batch. */
    public String key() {
        return productId + "/" + batchNo;
    }
}
