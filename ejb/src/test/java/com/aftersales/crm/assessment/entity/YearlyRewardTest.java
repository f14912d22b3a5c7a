package com.aftersales.crm.assessment.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyRewardTest {

    private static final BigDecimal BASE_LEVEL_1 = new BigDecimal("80000");
    private static final BigDecimal A = new BigDecimal("1.2");
    private static final BigDecimal[] ALL_YEAR_A = {A, A, A, A};
    private static final int[] TWELVE_MONTHS = {3, 3, 3, 3};

    private static YearlyReward.Facts facts(long satisfied, long answered, int exposures, String fraud,
                                            String deductions, String deposit) {
        return new YearlyReward.Facts(BASE_LEVEL_1, ALL_YEAR_A, TWELVE_MONTHS, true, satisfied, answered,
                new BigDecimal("80"), exposures, new BigDecimal(fraud), new BigDecimal("10"), new BigDecimal(deductions),
                new BigDecimal(deposit));
    }

    @Test
    void yearlyRewardOfTheManualsExampleIsNinetySixThousand() {
        // 一级市场 A级服务商: 8万 × 1.2 ÷ 12 × 12 (签约月数) = 9.6万
        assertThat(YearlyReward.gross(BASE_LEVEL_1, ALL_YEAR_A, TWELVE_MONTHS).amount()).isEqualTo(new BigDecimal("96000.00"));

        YearlyReward reward = YearlyReward.settle(facts(900, 1000, 0, "0", "0", "20000"));
        assertThat(reward.eligible()).isTrue();
        assertThat(reward.gross().amount()).isEqualTo(new BigDecimal("96000.00"));
        assertThat(reward.payable().amount()).isEqualTo(new BigDecimal("96000.00"));
        assertThat(reward.fromDeposit().amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void theExamplesProviderSignedInMarch2010HasTwelveSignedMonthsInTheFollowingYear() {
        // The manual's provider signed in March 2010 and counts 12 signed months: a year wholly under the agreement.
        // Months are counted per calendar (reward) year, so 2011 gives 12 and 9.6万; 2010 itself gives 10, March to
        // December (a month counts when signed by its last day).
        int[] signed2011 = YearlyReward.signedMonthsPerQuarter(LocalDate.of(2010, 3, 15), 2011);
        assertThat(signed2011).containsExactly(3, 3, 3, 3);
        assertThat(YearlyReward.gross(BASE_LEVEL_1, ALL_YEAR_A, signed2011).amount()).isEqualTo(new BigDecimal("96000.00"));
        assertThat(java.util.Arrays.stream(YearlyReward.signedMonthsPerQuarter(LocalDate.of(2010, 3, 15), 2010)).sum())
                .isEqualTo(10);
    }

    @Test
    void eachSignedMonthEarnsATwelfthOfTheBaseTimesItsQuartersCoefficient() {
        // Signed in March: 1 month of Q1 at 0.8, Q2 at 1.2, Q3 at 1.0, Q4 at 0 → 80000/12 × (0.8 + 3.6 + 3.0) = 49333.33
        BigDecimal[] coefficients = {new BigDecimal("0.8"), A, new BigDecimal("1.0"), BigDecimal.ZERO};
        int[] signed = YearlyReward.signedMonthsPerQuarter(LocalDate.of(2010, 3, 15), 2010);

        assertThat(signed).containsExactly(1, 3, 3, 3);
        assertThat(YearlyReward.gross(BASE_LEVEL_1, coefficients, signed).amount()).isEqualTo(new BigDecimal("49333.33"));
        assertThat(YearlyReward.signedMonthsPerQuarter(LocalDate.of(2009, 6, 1), 2010)).containsExactly(3, 3, 3, 3);
        assertThat(YearlyReward.signedMonthsPerQuarter(null, 2010)).containsExactly(0, 0, 0, 0);
    }

    @Test
    void satisfactionOf79Point9PercentMakesAProviderIneligible() {
        YearlyReward reward = YearlyReward.settle(facts(799, 1000, 0, "0", "0", "20000"));

        assertThat(reward.eligible()).isFalse();
        assertThat(reward.ineligibleReasons()).containsExactly(IneligibleReason.SATISFACTION);
        assertThat(reward.gross().amount()).isEqualByComparingTo("0");
        assertThat(YearlyReward.settle(facts(800, 1000, 0, "0", "0", "20000")).eligible()).isTrue();
    }

    @Test
    void noAnsweredSurveyShowsNoSatisfaction() {
        assertThat(YearlyReward.satisfactionMet(0, 0, new BigDecimal("80"))).isFalse();
    }

    @Test
    void aMajorMediaExposedComplaintMakesAProviderIneligible() {
        assertThat(YearlyReward.settle(facts(900, 1000, 1, "0", "0", "20000")).ineligibleReasons())
                .containsExactly(IneligibleReason.MEDIA_EXPOSURE);
    }

    @Test
    void fraudWithholdsTheSettlementAndIsFinedTenTimesTheAmount() {
        YearlyReward reward = YearlyReward.settle(facts(900, 1000, 0, "1500", "0", "20000"));

        assertThat(reward.ineligibleReasons()).containsExactly(IneligibleReason.FRAUD);
        assertThat(reward.gross().amount()).isEqualByComparingTo("0");
        assertThat(reward.fine().amount()).isEqualTo(new BigDecimal("15000.00"));
        assertThat(reward.payable().amount()).isEqualByComparingTo("0");
        assertThat(reward.fromDeposit().amount()).isEqualTo(new BigDecimal("15000.00"));
        assertThat(reward.depositShortfall().amount()).isEqualByComparingTo("0");
    }

    @Test
    void penaltiesBeyondTheRewardComeOutOfTheDepositAndWhatItCannotCoverIsAShortfall() {
        // Ineligible (78%): no reward; 150 RMB of service-case deductions and a 3,000 × 10 fine against a 20,000 deposit.
        YearlyReward reward = YearlyReward.settle(facts(78, 100, 0, "3000", "150", "20000"));

        assertThat(reward.penalties().amount()).isEqualTo(new BigDecimal("30150.00"));
        assertThat(reward.fromDeposit().amount()).isEqualTo(new BigDecimal("30150.00"));
        assertThat(reward.depositShortfall().amount()).isEqualTo(new BigDecimal("10150.00"));
    }

    @Test
    void deductionsInMoneyComeOffTheRewardFirst() {
        YearlyReward reward = YearlyReward.settle(facts(900, 1000, 0, "0", "150", "20000"));

        assertThat(reward.payable().amount()).isEqualTo(new BigDecimal("95850.00"));
        assertThat(reward.fromDeposit().amount()).isEqualByComparingTo("0");
    }

    private static Instant beijing(String at) {
        return LocalDateTime.parse(at).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    private static final LocalDate SIGNED_2010 = LocalDate.of(2010, 3, 1);
    private static final Instant LATER = beijing("2030-01-01T00:00");

    @Test
    void monthsInWhichTheProviderWasSuspendedForRectificationEarnNoReward() {
        // 停工整顿 from 10 March to 20 May 2011: March, April and May earn nothing, the year stays eligible
        List<YearlyReward.Suspension> suspended = List.of(
                new YearlyReward.Suspension(beijing("2011-03-10T09:00"), beijing("2011-05-20T15:00")));
        Set<Integer> months = YearlyReward.suspendedMonths(suspended, SIGNED_2010, 2011, 1, LATER);
        assertThat(months).containsExactly(3, 4, 5);

        int[] earning = YearlyReward.signedMonthsPerQuarter(SIGNED_2010, 2011, months);
        assertThat(earning).containsExactly(2, 1, 3, 3);
        YearlyReward reward = YearlyReward.settle(new YearlyReward.Facts(BASE_LEVEL_1, ALL_YEAR_A, earning, true, 900,
                1000, new BigDecimal("80"), 0, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO));
        // 8万 × 1.2 ÷ 12 × 9 = 7.2万 instead of the full 9.6万
        assertThat(reward.eligible()).isTrue();
        assertThat(reward.gross().amount()).isEqualTo(new BigDecimal("72000.00"));
    }

    @Test
    void theDaysOfSuspensionFromWhichAMonthEarnsNothingArePolicy() {
        // 28 January to 3 February: 4 days in January, 3 in February
        List<YearlyReward.Suspension> suspended = List.of(
                new YearlyReward.Suspension(beijing("2011-01-28T08:00"), beijing("2011-02-03T12:00")));
        assertThat(YearlyReward.suspendedMonths(suspended, SIGNED_2010, 2011, 1, LATER)).containsExactly(1, 2);
        assertThat(YearlyReward.suspendedMonths(suspended, SIGNED_2010, 2011, 4, LATER)).containsExactly(1);
        assertThat(YearlyReward.suspendedMonths(suspended, SIGNED_2010, 2011, 5, LATER)).isEmpty();
    }

    @Test
    void aSuspensionNotLiftedRunsToNowAndOneOfAnotherYearOrBeforeSigningCostsNothing() {
        List<YearlyReward.Suspension> open = List.of(new YearlyReward.Suspension(beijing("2011-11-15T08:00"), null));
        assertThat(YearlyReward.suspendedMonths(open, SIGNED_2010, 2011, 1, beijing("2011-12-02T10:00")))
                .containsExactly(11, 12);
        assertThat(YearlyReward.suspendedMonths(open, SIGNED_2010, 2012, 1, beijing("2011-12-02T10:00"))).isEmpty();
        // lifted at midnight: the day it was lifted was worked
        List<YearlyReward.Suspension> toMidnight = List.of(
                new YearlyReward.Suspension(beijing("2011-06-20T08:00"), beijing("2011-07-01T00:00")));
        assertThat(YearlyReward.suspendedMonths(toMidnight, SIGNED_2010, 2011, 1, LATER)).containsExactly(6);
        // before the agreement was signed a month is not a signed month anyway
        assertThat(YearlyReward.suspendedMonths(suspendedIn2010January(), SIGNED_2010, 2010, 1, LATER)).isEmpty();
    }

    private static List<YearlyReward.Suspension> suspendedIn2010January() {
        return List.of(new YearlyReward.Suspension(beijing("2010-01-05T08:00"), beijing("2010-01-20T08:00")));
    }
}
