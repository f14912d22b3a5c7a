package com.aftersales.crm.returns.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a return request list: whose, what goods, where it stands in the chain, the last decision. */
public record ReturnRow(long id, Instant filedAt, String dealerName, String kind, String productCode, String batchNo,
                        int returnQuantity, BigDecimal defectRate, String customerName, String status, String lastAction,
                        Instant lastActionAt) implements Serializable {
}
