package com.aftersales.crm.assessment.boundary;

import com.aftersales.crm.shared.Percent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A provider's settled year (金钥匙服务奖励) with everything that explains it. */
public record RewardRow(long providerId, String providerName, int year, int marketLevel, BigDecimal base,
                        List<BigDecimal> quarterCoefficients, int signedMonths, long satisfied, long answered,
                        int mediaExposures, boolean eligible, List<String> ineligibleReasons, BigDecimal gross,
                        BigDecimal moneyDeductions, BigDecimal fraudAmount, BigDecimal fraudFine, BigDecimal payable,
                        BigDecimal fromDeposit, BigDecimal deposit, BigDecimal depositShortfall, Instant computedAt)
        implements Serializable {

    /** Satisfaction in percent, one decimal rounded half up (null without an answered survey). */
    public BigDecimal satisfactionPercent() {
        return Percent.of(satisfied, answered);
    }
}
