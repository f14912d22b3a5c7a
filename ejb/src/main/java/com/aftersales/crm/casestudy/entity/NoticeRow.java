package com.aftersales.crm.casestudy.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A suspension notice: the provider, the month that triggered it, and whether a supervisor lifted it. */
public record NoticeRow(long id, long providerId, String providerName, LocalDate period, Instant createdAt, Instant liftedAt,
                        String liftedBy) implements Serializable {
}
