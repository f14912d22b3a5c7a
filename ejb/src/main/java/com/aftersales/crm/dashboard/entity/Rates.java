package com.aftersales.crm.dashboard.entity;

import com.aftersales.crm.shared.Percent;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the dashboard turns counts into figures: a share in percent to one decimal (satisfaction rate 满意度 = satisfied
 * answers / all answered surveys), a rate per thousand (complaints per 1,000 installations). No denominator, no figure
 * (null), never a misleading 0 %.
 */
public final class Rates {

    public static BigDecimal percent(long hits, long total) {
        return Percent.of(hits, total);
    }

    public static BigDecimal perThousand(long hits, long total) {
        return total <= 0 ? null : BigDecimal.valueOf(hits).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    private Rates() {
    }
}
