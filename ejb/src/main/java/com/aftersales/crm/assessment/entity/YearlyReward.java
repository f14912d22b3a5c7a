package com.aftersales.crm.assessment.entity;

import com.aftersales.crm.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * 金钥匙服务奖励: the year's settlement for one provider, from the rules of the manual (第四章):
 * <ul>
 * <li>reward = base (by market level) × coefficient ÷ 12 × signed months; the coefficient is the quarter's, so each
 * signed month earns base ÷ 12 × its quarter's coefficient (with one coefficient all year this is the manual's formula:
 * 8万 × 1.2 ÷ 12 × 12 = 9.6万);</li>
 * <li>only for a signed provider with satisfaction ≥ 80% and no major media-exposed complaint in the year;</li>
 * <li>a month in which the provider was suspended for rectification (停工整顿) earns nothing
 * ({@link #suspendedMonths});</li>
 * <li>fraud: the settlement is withheld, a fine of 10× the amount involved, disqualified;</li>
 * <li>deductions in money and fines come out of the reward; what exceeds it comes out of the deposit (保证金), to be
 * topped up within three days; what the deposit does not cover is the shortfall.</li>
 * </ul>
 * Money in yuan, two decimals, rounded half up ({@link Money}) where a figure becomes money.
 */
public record YearlyReward(Set<IneligibleReason> ineligibleReasons, Money gross, Money fine, Money penalties,
                           Money payable, Money fromDeposit, Money depositShortfall) {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    public YearlyReward {
        ineligibleReasons = ineligibleReasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(ineligibleReasons));
    }

    public boolean eligible() {
        return ineligibleReasons.isEmpty();
    }

    /** What the year's settlement starts from. */
    public record Facts(BigDecimal base, BigDecimal[] quarterCoefficients, int[] signedMonthsPerQuarter,
                        boolean signed, long satisfied, long answered, BigDecimal satisfactionMinPercent,
                        int mediaExposures, BigDecimal fraudAmount, BigDecimal fineMultiple,
                        BigDecimal moneyDeductions, BigDecimal deposit) {

        public Facts {
            Objects.requireNonNull(base, "base");
            if (quarterCoefficients.length != 4 || signedMonthsPerQuarter.length != 4) {
                throw new IllegalArgumentException("four quarters");
            }
            fraudAmount = fraudAmount == null ? BigDecimal.ZERO : fraudAmount;
            moneyDeductions = moneyDeductions == null ? BigDecimal.ZERO : moneyDeductions;
            deposit = deposit == null ? BigDecimal.ZERO : deposit;
        }
    }

    public static YearlyReward settle(Facts facts) {
        Set<IneligibleReason> reasons = EnumSet.noneOf(IneligibleReason.class);
        if (!facts.signed()) {
            reasons.add(IneligibleReason.NOT_SIGNED);
        }
        if (!satisfactionMet(facts.satisfied(), facts.answered(), facts.satisfactionMinPercent())) {
            reasons.add(IneligibleReason.SATISFACTION);
        }
        if (facts.mediaExposures() > 0) {
            reasons.add(IneligibleReason.MEDIA_EXPOSURE);
        }
        if (facts.fraudAmount().signum() > 0) {
            reasons.add(IneligibleReason.FRAUD);
        }
        Money gross = reasons.isEmpty()
                ? gross(facts.base(), facts.quarterCoefficients(), facts.signedMonthsPerQuarter()) : Money.ZERO;
        Money fine = fraudFine(facts.fraudAmount(), facts.fineMultiple());
        Money penalties = Money.of(facts.moneyDeductions().add(fine.amount()));
        Money payable = gross.minus(penalties).atLeastZero();
        Money fromDeposit = penalties.minus(gross).atLeastZero();
        Money shortfall = Money.of(fromDeposit.amount().subtract(facts.deposit())).atLeastZero();
        return new YearlyReward(reasons, gross, fine, penalties, payable, fromDeposit, shortfall);
    }

    /** base × Σ(signed months of a quarter × its coefficient) ÷ 12. */
    public static Money gross(BigDecimal base, BigDecimal[] quarterCoefficients, int[] signedMonthsPerQuarter) {
        BigDecimal monthsTimesCoefficient = BigDecimal.ZERO;
        for (int q = 0; q < 4; q++) {
            monthsTimesCoefficient = monthsTimesCoefficient.add(
                    quarterCoefficients[q].multiply(BigDecimal.valueOf(signedMonthsPerQuarter[q])));
        }
        return Money.of(base.multiply(monthsTimesCoefficient).divide(TWELVE, 10, RoundingMode.HALF_UP));
    }

    /** 满意度达到80%以上: satisfied ÷ answered ≥ the minimum, compared exactly (79.9% is below); no answer shows nothing. */
    public static boolean satisfactionMet(long satisfied, long answered, BigDecimal minPercent) {
        if (answered <= 0) {
            return false;
        }
        return BigDecimal.valueOf(satisfied).multiply(BigDecimal.valueOf(100))
                .compareTo(minPercent.multiply(BigDecimal.valueOf(answered))) >= 0;
    }

    /** 处涉及金额的十倍罚金. */
    public static Money fraudFine(BigDecimal amount, BigDecimal multiple) {
        return Money.of(amount.multiply(multiple));
    }

    /**
     * The months of the year the agreement was in force, per quarter: a month counts when the agreement was signed by its
     * last day; none without an agreement.
     */
    public static int[] signedMonthsPerQuarter(LocalDate signedOn, int year) {
        return signedMonthsPerQuarter(signedOn, year, Set.of());
    }

    /** As {@link #signedMonthsPerQuarter(LocalDate, int)}, without the months (1–12) that earn nothing. */
    public static int[] signedMonthsPerQuarter(LocalDate signedOn, int year, Set<Integer> excluded) {
        int[] months = new int[4];
        if (signedOn == null) {
            return months;
        }
        for (int m = 1; m <= 12; m++) {
            if (signed(signedOn, year, m) && !excluded.contains(m)) {
                months[(m - 1) / 3]++;
            }
        }
        return months;
    }

    private static boolean signed(LocalDate signedOn, int year, int month) {
        return signedOn != null && !signedOn.isAfter(LocalDate.of(year, month, 1).plusMonths(1).minusDays(1));
    }

    /** A stretch of 停工整顿: from its start to its lifting (null: not lifted yet). */
    public record Suspension(Instant from, Instant until) {
        public Suspension {
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * 停工整顿 (manual 000, 第七章 四: suspension until the provider improves) against 第四章's reward, paid per signed month
     * to a provider that works to the rules: a signed month of the year in which the provider was suspended for at
     * least {@code minDays} days (Beijing calendar days, a day counting when any part of it was under suspension; the
     * policy's default is 1, any day) earns no reward. The year itself stays eligible — the manual takes the whole
     * reward away for fraud only. Returns those months (1–12), in order.
     */
    public static SortedSet<Integer> suspendedMonths(List<Suspension> suspensions, LocalDate signedOn, int year,
                                                     int minDays, Instant now) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        BitSet days = new BitSet(366);
        for (Suspension s : suspensions) {
            LocalDate from = s.from().atZone(BUSINESS_ZONE).toLocalDate();
            Instant end = s.until() == null ? now : s.until();
            LocalDate until = end.atZone(BUSINESS_ZONE).toLocalDate();
            if (end.equals(until.atStartOfDay(BUSINESS_ZONE).toInstant()) && until.isAfter(from)) {
                until = until.minusDays(1);   // lifted at midnight: that day was worked
            }
            for (LocalDate d = from.isBefore(first) ? first : from; !d.isAfter(until) && !d.isAfter(last); d = d.plusDays(1)) {
                days.set(d.getDayOfYear() - 1);
            }
        }
        SortedSet<Integer> months = new TreeSet<>();
        for (int m = 1; m <= 12; m++) {
            LocalDate start = LocalDate.of(year, m, 1);
            int from = start.getDayOfYear() - 1;
            int count = days.get(from, from + start.lengthOfMonth()).cardinality();
            if (count >= Math.max(1, minDays) && signed(signedOn, year, m)) {
                months.add(m);
            }
        }
        return months;
    }
}
