package com.aftersales.crm.assessment.entity;

import java.math.BigDecimal;
import java.util.Objects;

/** A policy value as a computation used it: the version's id (to explain the result) and its value. */
public record PolicyUsed(long id, BigDecimal value) implements java.io.Serializable {

    public PolicyUsed {
        Objects.requireNonNull(value, "value");
    }
}
