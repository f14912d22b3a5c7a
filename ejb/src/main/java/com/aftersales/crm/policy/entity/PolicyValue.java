package com.aftersales.crm.policy.entity;

import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.WrittenOnce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;

/**
 * One version of one policy (政策参数): a value in force from a moment on, for every brand and product line or for one
 * of them. Versions are never edited: a change is a new version, so whatever used the old one stays explainable.
 */
@Getter
@Entity
@WrittenOnce
public class PolicyValue {

    /**
     * The deadlines in days whose rule counts calendar days or working days alike, so that a new version may switch
     * between the two: the information answer ({@code information.answer-days}) and the call after an installation's
     * acceptance ({@code followup.call-window.installation}).
     */
    public static final java.util.Set<String> WORKING_DAY_DEADLINES = java.util.Set.of("information.answer-days",
            "followup.call-window.installation");

    /**
     * The clocks whose only reader computes the deadline from value and unit together (the SLA clocks, the answer to a
     * quality complaint): a new version may run them in minutes, hours, days or working days.
     */
    public static final java.util.Set<String> CLOCK_DEADLINES = java.util.Set.of("sla.first-reply", "sla.on-site.urban",
            "sla.on-site.suburban", "sla.on-site.major", "quality-complaint.answer-hours");

    public enum Unit { MONTHS, DAYS, WORKING_DAYS, HOURS, MINUTES, DATE, PERCENT, POINTS, COUNT, AMOUNT, RATIO, MEGABYTES, PHOTOS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "policy_key")
    private String key;

    private String brand;

    private String productLine;

    private CaseType caseType;

    private String value;

    private Unit unit;

    private Instant effectiveFrom;

    private String note;

    private String createdBy;

    protected PolicyValue() {
    }

    public PolicyValue(String key, String brand, String productLine, String value, Unit unit, Instant effectiveFrom,
                       String note, String createdBy) {
        this(key, brand, productLine, null, value, unit, effectiveFrom, note, createdBy);
    }

    public PolicyValue(String key, String brand, String productLine, CaseType caseType, String value, Unit unit,
                       Instant effectiveFrom, String note, String createdBy) {
        if (key == null || !key.matches("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+")) {
            throw new com.aftersales.crm.shared.InvalidInput("key", "policy.error.key");
        }
        if (value == null || value.isBlank()) {
            throw new com.aftersales.crm.shared.InvalidInput("value", "validation.required");
        }
        if (unit == null) {
            throw new com.aftersales.crm.shared.InvalidInput("unit", "validation.required");
        }
        if (effectiveFrom == null) {
            throw new com.aftersales.crm.shared.InvalidInput("effectiveFrom", "validation.required");
        }
        this.key = key;
        this.brand = blankToNull(brand);
        this.productLine = blankToNull(productLine);
        this.caseType = caseType;
        this.value = value.trim();
        this.unit = unit;
        this.effectiveFrom = effectiveFrom;
        this.note = blankToNull(note);
        this.createdBy = java.util.Objects.requireNonNull(createdBy);
        // Parse once now, so that a malformed value never enters the book.
        if (unit == Unit.DATE) {
            asDate();
        } else {
            asNumber();
        }
    }

    /**
     * Checks that this new version may follow {@code latest}, the newest version of the same key, brand and product
     * line (null if none): it starts no earlier than the current minute — a change applies to what happens after it,
     * never to the past — and strictly after {@code latest} (history is never rewritten), and keeps the unit (so every
     * version means the same kind of thing), except that a deadline of {@link #WORKING_DAY_DEADLINES} may go from days
     * to working days and back.
     */
    public void follow(PolicyValue latest, Instant now) {
        if (effectiveFrom.isBefore(now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
            throw new com.aftersales.crm.shared.InvalidInput("effectiveFrom", "policy.error.past");
        }
        if (latest == null) {
            return;
        }
        if (!effectiveFrom.isAfter(latest.effectiveFrom)) {
            throw new com.aftersales.crm.shared.InvalidInput("effectiveFrom", "policy.error.notLater");
        }
        if (unit != latest.unit && !switchesDays(latest.unit)) {
            throw new com.aftersales.crm.shared.InvalidInput("unit", "policy.error.unitChanged");
        }
    }

    /**
     * A deadline in days whose rule also counts working days may switch between the two (信息反馈 "3 days" becoming
     * "3 working days"), an SLA clock between every unit of time; every other change of unit is refused.
     */
    private boolean switchesDays(Unit previous) {
        var both = java.util.Set.of(previous, unit);
        if (CLOCK_DEADLINES.contains(key)) {
            return java.util.Set.of(Unit.MINUTES, Unit.HOURS, Unit.DAYS, Unit.WORKING_DAYS).containsAll(both);
        }
        return WORKING_DAY_DEADLINES.contains(key) && java.util.Set.of(Unit.DAYS, Unit.WORKING_DAYS).containsAll(both);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public java.math.BigDecimal asNumber() {
        try {
            return new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new com.aftersales.crm.shared.InvalidInput("value", "policy.error.number");
        }
    }

    public int asInt() {
        return asNumber().intValueExact();
    }

    public LocalDate asDate() {
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new com.aftersales.crm.shared.InvalidInput("value", "policy.error.date");
        }
    }

    /**
     * How specific this version is: brand beats product line, which beats case type, which beats the general rule
     * (brand and line and type is the most specific of all).
     */
    public int specificity() {
        return (brand == null ? 0 : 4) + (productLine == null ? 0 : 2) + (caseType == null ? 0 : 1);
    }
}
