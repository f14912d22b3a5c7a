package com.aftersales.crm.chargeback.entity;

import java.io.Serializable;
import java.math.BigDecimal;

/** One row of a cost report: the group (a responsibility, a party, a product, a month) and its cost. */
public record CostFigure(String group, String label, long cases, BigDecimal amount) implements Serializable {
}
