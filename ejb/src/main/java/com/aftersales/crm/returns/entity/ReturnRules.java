package com.aftersales.crm.returns.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether goods may go back to the factory (manual 第九章 二, 第十章 三–四), every rule checked so that a refusal names
 * all the rules broken at once:
 * <ul>
 * <li>never the dealer's samples or leftovers, whatever the defect;</li>
 * <li>never goods shipped more than {@code maxAgeMonths} ago (policy, 12: "发货时间超过一年") — exactly a year is not
 * "more than a year" and still returnable;</li>
 * <li>for goods not yet installed (售前), the batch's defect rate must be <em>above</em> the threshold (policy, 3%):
 * the dealer absorbs up to 3% itself ("须接受每批货物3%的不良率", "超过3%时…有权提出退货"), so exactly 3% is not
 * returnable. The threshold does not apply to a company recall (公司通知反调: the company's own decision), nor to
 * mixed or wrong goods: the manual lists 货物错误 in 4.2.1 as a ground of its own beside the unpacking inspection, and
 * a wrong product is not a defect a dealer can absorb and sell — so we read 2.4.3/4.2.2(3) as naming it among the
 * returnable problems, not as tolerating 3% of wrong goods;</li>
 * <li>for installed goods (售后), the threshold (an incoming inspection's tolerance) does not apply; instead the
 * installation's warranty must be free: nothing under the exclusions (免责范围, e.g. no warranty card after the card
 * rule date) and not past the one-year free period (有偿服务, "不属于退换货范围").</li>
 * </ul>
 */
public final class ReturnRules {

    /** Why the batch threshold was not applied to a request. */
    public enum ThresholdExemption { RECALL, WRONG_GOODS, AFTER_SALE }

    /** What the dealer says about the goods, as far as the rules care. */
    public record Facts(ReturnKind kind, PreSaleGround ground, DefectKind defect, StockKind stock, LocalDate shippedOn,
                        int batchQuantity, int defectiveQuantity, WarrantyFacts warranty) {
    }

    /**
     * The outcome: the rules broken (none: returnable), the batch's defect rate, why no threshold applied, and whether
     * the rate is the batch's recorded inspection's rather than the form's.
     */
    public record Verdict(List<Refusal> refusals, BigDecimal defectRatePercent, ThresholdExemption exemption,
                          boolean rateFromInspection) {

        public Verdict(List<Refusal> refusals, BigDecimal defectRatePercent, ThresholdExemption exemption) {
            this(refusals, defectRatePercent, exemption, false);
        }

        public boolean returnable() {
            return refusals.isEmpty();
        }

        public boolean thresholdApplied() {
            return exemption == null;
        }
    }

    public static Verdict judge(Facts facts, BigDecimal thresholdPercent, int maxAgeMonths, LocalDate today) {
        return judge(facts, thresholdPercent, maxAgeMonths, today, null, null);
    }

    /**
     * As {@link #judge(Facts, BigDecimal, int, LocalDate)}, with the batch's recorded incoming inspection when there
     * is one ({@code inspected} m², of them {@code defective}): a pre-sale request under the threshold is then judged
     * on the inspection's rate (defective × 100 &gt; threshold × inspected, exactly), the batch's rate as the company
     * measured it, rather than on the quantities the dealer wrote on the form.
     */
    public static Verdict judge(Facts facts, BigDecimal thresholdPercent, int maxAgeMonths, LocalDate today,
                                BigDecimal inspected, BigDecimal defective) {
        List<Refusal> refusals = new ArrayList<>();
        if (facts.stock() == StockKind.SAMPLE || facts.stock() == StockKind.LEFTOVER) {
            refusals.add(new Refusal(Refusal.Rule.SAMPLE_OR_LEFTOVER, "stockKind", List.of()));
        }
        if (shippedTooLongAgo(facts.shippedOn(), maxAgeMonths, today)) {
            refusals.add(new Refusal(Refusal.Rule.SHIPMENT_TOO_OLD, "shippedOn",
                    List.of(Integer.toString(maxAgeMonths), facts.shippedOn().toString())));
        }
        ThresholdExemption exemption = exemption(facts);
        boolean fromInspection = exemption == null && inspected != null && inspected.signum() > 0 && defective != null;
        BigDecimal rate = fromInspection
                ? defective.multiply(BigDecimal.valueOf(100)).divide(inspected, 4, RoundingMode.HALF_UP)
                : defectRate(facts.defectiveQuantity(), facts.batchQuantity());
        boolean above = fromInspection
                ? defective.multiply(BigDecimal.valueOf(100)).compareTo(thresholdPercent.multiply(inspected)) > 0
                : aboveThreshold(facts.defectiveQuantity(), facts.batchQuantity(), thresholdPercent);
        if (exemption == null && !above) {
            refusals.add(new Refusal(Refusal.Rule.WITHIN_BATCH_TOLERANCE, "defectiveQuantity",
                    List.of(rate.setScale(2, RoundingMode.HALF_UP).toPlainString(), thresholdPercent.stripTrailingZeros().toPlainString())));
        }
        if (facts.kind() == ReturnKind.AFTER_SALE && facts.warranty() != null) {
            WarrantyFacts warranty = facts.warranty();
            if ("EXCLUDED".equals(warranty.status())) {
                refusals.add(new Refusal(Refusal.Rule.WARRANTY_EXCLUSION, "installationId", warranty.exclusions()));
            } else if ("PAID".equals(warranty.status())) {
                refusals.add(new Refusal(Refusal.Rule.WARRANTY_EXPIRED, "installationId",
                        List.of(String.valueOf(warranty.freeUntil()))));
            }
        }
        return new Verdict(refusals, rate, exemption, fromInspection);
    }

    /** "More than a year ago": the day a year after shipping is still within it. */
    public static boolean shippedTooLongAgo(LocalDate shippedOn, int maxAgeMonths, LocalDate today) {
        return shippedOn.plusMonths(maxAgeMonths).isBefore(today);
    }

    /** Strictly above, compared exactly (defective × 100 &gt; threshold × batch): no rounding lets 3.00004% pass as 3%. */
    public static boolean aboveThreshold(int defective, int batch, BigDecimal thresholdPercent) {
        return BigDecimal.valueOf(defective).multiply(BigDecimal.valueOf(100))
                .compareTo(thresholdPercent.multiply(BigDecimal.valueOf(batch))) > 0;
    }

    /** Defective / batch in percent, to four decimals (for showing and keeping; the decision does not round). */
    public static BigDecimal defectRate(int defective, int batch) {
        return BigDecimal.valueOf(defective).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(batch), 4, RoundingMode.HALF_UP);
    }

    static ThresholdExemption exemption(Facts facts) {
        if (facts.kind() == ReturnKind.AFTER_SALE) {
            return ThresholdExemption.AFTER_SALE;
        }
        if (facts.ground() == PreSaleGround.RECALL) {
            return ThresholdExemption.RECALL;
        }
        if (facts.ground() == PreSaleGround.WRONG_GOODS || facts.defect() == DefectKind.MIXED_OR_WRONG_GOODS) {
            return ThresholdExemption.WRONG_GOODS;
        }
        return null;
    }

    private ReturnRules() {
    }
}
