package com.aftersales.crm.policy.entity;

import com.aftersales.crm.shared.CaseType;

import java.io.Serializable;
import java.time.Instant;

/** One version of one policy, as the list shows it. */
public record PolicyRow(long id, String key, String brand, String productLine, CaseType caseType, String value, PolicyValue.Unit unit,
                        Instant effectiveFrom, String note, String createdBy) implements Serializable {
}
