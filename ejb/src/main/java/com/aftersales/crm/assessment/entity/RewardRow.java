package com.aftersales.crm.assessment.entity;

import com.aftersales.crm.shared.Percent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A provider's settled year (金钥匙服务奖励) with everything that explains it; {@code suspendedMonths} are the signed
 * months (1–12) that earned nothing because the provider was suspended for rectification (停工整顿) in them for at
 * least {@code suspendedMonthDays} days (the policy the settlement used). {@code chargebackDeductions} are the
 * provider's chargeback lines (责任扣款) confirmed in the year, {@code chargebackLines} of them, which come off the reward
 * (and beyond it the deposit) beside {@code moneyDeductions}.
 */
public record RewardRow(long providerId, String providerName, int year, int marketLevel, BigDecimal base,
                        List<BigDecimal> quarterCoefficients, int signedMonths, long satisfied, long answered,
                        int mediaExposures, boolean eligible, List<String> ineligibleReasons, BigDecimal gross,
                        BigDecimal moneyDeductions, BigDecimal fraudAmount, BigDecimal fraudFine, BigDecimal payable,
                        BigDecimal fromDeposit, BigDecimal deposit, BigDecimal depositShortfall, Instant computedAt,
                        List<Integer> suspendedMonths, BigDecimal suspendedMonthDays,
                        BigDecimal chargebackDeductions, int chargebackLines)
        implements Serializable {

    public RewardRow {
        suspendedMonths = suspendedMonths == null ? List.of() : List.copyOf(suspendedMonths);
        chargebackDeductions = chargebackDeductions == null ? BigDecimal.ZERO : chargebackDeductions;
    }

    /** A settled year without chargebacks. */
    public RewardRow(long providerId, String providerName, int year, int marketLevel, BigDecimal base,
                     List<BigDecimal> quarterCoefficients, int signedMonths, long satisfied, long answered,
                     int mediaExposures, boolean eligible, List<String> ineligibleReasons, BigDecimal gross,
                     BigDecimal moneyDeductions, BigDecimal fraudAmount, BigDecimal fraudFine, BigDecimal payable,
                     BigDecimal fromDeposit, BigDecimal deposit, BigDecimal depositShortfall, Instant computedAt,
                     List<Integer> suspendedMonths, BigDecimal suspendedMonthDays) {
        this(providerId, providerName, year, marketLevel, base, quarterCoefficients, signedMonths, satisfied, answered,
                mediaExposures, eligible, ineligibleReasons, gross, moneyDeductions, fraudAmount, fraudFine, payable,
                fromDeposit, deposit, depositShortfall, computedAt, suspendedMonths, suspendedMonthDays, BigDecimal.ZERO, 0);
    }

    /** The signed months that earned the reward: the signed ones but those suspended. */
    public int earningMonths() {
        return signedMonths - suspendedMonths.size();
    }

    /** Satisfaction in percent, one decimal rounded half up (null without an answered survey). */
    public BigDecimal satisfactionPercent() {
        return Percent.of(satisfied, answered);
    }
}
