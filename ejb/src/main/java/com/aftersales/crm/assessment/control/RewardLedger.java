package com.aftersales.crm.assessment.control;

import com.aftersales.crm.assessment.entity.IneligibleReason;
import com.aftersales.crm.assessment.entity.PolicyUsed;
import com.aftersales.crm.assessment.entity.QuarterlyCoefficient;
import com.aftersales.crm.assessment.entity.YearPolicies;
import com.aftersales.crm.assessment.entity.YearlyReward;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Settles a year for every signed provider (金钥匙服务奖励): one query for the year's facts per provider (satisfaction,
 * media exposures, fraud, deductions in money, deposit), one for the monthly scores, the rule in {@link YearlyReward}
 * per provider in memory, and one INSERT of all the results (arrays unnested). Recomputing replaces the year.
 *
 * <p>A declared <b>set-based read model</b> across areas: the year is settled for every provider in one statement
 * over {@code service_provider}, {@code survey_response}, {@code service_case} with {@code media_exposure},
 * {@code case_study_compliance}, {@code provider_suspension} and {@code chargeback_line}; a query per provider through
 * the areas' boundaries is what it avoids.
 *
 * <p>Chargebacks (责任扣款): a provider's lines confirmed in the year (confirmed or already settled by this year) are a
 * deduction in money beside the service cases', shown apart ({@code chargeback_deductions}, {@code chargeback_lines});
 * like every deduction, what the reward does not cover comes out of the deposit. Settling the year marks its
 * confirmed lines settled; recomputing the year counts them again (they stay the year's).
 */
@Dependent
public class RewardLedger {

    @PersistenceContext
    EntityManager em;

    /** The quarter coefficients of a provider's year, from its monthly scores as they count. */
    public List<QuarterlyCoefficient> quarters(List<Object[]> monthScores, YearPolicies policies) {
        Map<Integer, List<BigDecimal>> byQuarter = new HashMap<>();
        for (Object[] row : monthScores) {
            LocalDate month = row[0] instanceof Date d ? d.toLocalDate() : (LocalDate) row[0];
            byQuarter.computeIfAbsent((month.getMonthValue() - 1) / 3 + 1, q -> new ArrayList<>()).add((BigDecimal) row[1]);
        }
        List<QuarterlyCoefficient> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(QuarterlyCoefficient.of(q, byQuarter.getOrDefault(q, List.of()), policies.quarterTables().get(q - 1)));
        }
        return quarters;
    }

    public int settle(int year, YearPolicies policies, Instant now, String by) {
        Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(MonthlyAssessor.BUSINESS_ZONE).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(MonthlyAssessor.BUSINESS_ZONE).toInstant());
        Date first = Date.valueOf(LocalDate.of(year, 1, 1));
        Date next = Date.valueOf(LocalDate.of(year + 1, 1, 1));
        @SuppressWarnings("unchecked")
        List<Object[]> facts = em.createNativeQuery("""
                        select p.id, p.market_level, p.agreement_signed_on, p.deposit,
                               coalesce(s.satisfied, 0), coalesce(s.answered, 0), coalesce(x.exposures, 0),
                               coalesce(f.amount, 0), coalesce(d.deductions, 0), coalesce(k.amount, 0), coalesce(k.lines, 0)
                        from service_provider p
                        left join (select provider_id, count(*) filter (where satisfied) as satisfied, count(*) as answered
                                   from survey_response where answered_at >= ? and answered_at < ? and provider_id is not null
                                   group by provider_id) s on s.provider_id = p.id
                        left join (select m.provider_id, count(*) as exposures
                                   from media_exposure m join service_case c on c.id = m.case_id
                                   where c.severity = 'MAJOR' and m.exposed_on >= ? and m.exposed_on < ?
                                   group by m.provider_id) x on x.provider_id = p.id
                        left join (select provider_id, sum(amount) as amount from reward_fraud where year = ?
                                   group by provider_id) f on f.provider_id = p.id
                        left join (select provider_id, sum(deduction) as deductions from case_study_compliance
                                   where month >= ? and month < ? group by provider_id) d on d.provider_id = p.id
                        left join (select provider_id, sum(amount) as amount, count(*) as lines from chargeback_line
                                   where provider_id is not null and confirmed_at >= ? and confirmed_at < ?
                                     and (status = 'CONFIRMED' or (status = 'SETTLED' and settled_year = ?))
                                   group by provider_id) k on k.provider_id = p.id
                        where p.status <> 'TERMINATED' and p.agreement_signed_on is not null and p.agreement_signed_on < ?""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, first).setParameter(4, next)
                .setParameter(5, year).setParameter(6, first).setParameter(7, next).setParameter(8, from)
                .setParameter(9, to).setParameter(10, year).setParameter(11, next).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> scores = em.createNativeQuery("""
                        select provider_id, month, counted_score from monthly_assessment where month >= ? and month < ?""")
                .setParameter(1, first).setParameter(2, next).getResultList();
        Map<Long, List<Object[]>> scoresByProvider = scores.stream().collect(Collectors.groupingBy(
                r -> ((Number) r[0]).longValue(), Collectors.mapping(r -> new Object[]{r[1], r[2]}, Collectors.toList())));
        @SuppressWarnings("unchecked")
        List<Object[]> suspensionRows = em.createNativeQuery("""
                        select provider_id, suspended_at, lifted_at from provider_suspension
                        where suspended_at < ? and (lifted_at is null or lifted_at > ?)""")
                .setParameter(1, to).setParameter(2, from).getResultList();
        Map<Long, List<YearlyReward.Suspension>> suspensions = suspensionRows.stream().collect(Collectors.groupingBy(
                r -> ((Number) r[0]).longValue(), Collectors.mapping(r -> new YearlyReward.Suspension(
                        SqlValues.instant(r[1]), r[2] == null ? null : SqlValues.instant(r[2])), Collectors.toList())));
        int suspendedMinDays = policies.suspendedMonthDays().value().intValue();

        Columns c = new Columns();
        for (Object[] row : facts) {
            long providerId = ((Number) row[0]).longValue();
            int level = ((Number) row[1]).intValue();
            LocalDate signedOn = row[2] instanceof Date d ? d.toLocalDate() : (LocalDate) row[2];
            BigDecimal deposit = (BigDecimal) row[3];
            long satisfied = ((Number) row[4]).longValue();
            long answered = ((Number) row[5]).longValue();
            int exposures = ((Number) row[6]).intValue();
            BigDecimal fraud = new BigDecimal(row[7].toString());
            BigDecimal deductions = new BigDecimal(row[8].toString());
            BigDecimal chargebacks = new BigDecimal(row[9].toString());
            int chargebackLines = ((Number) row[10]).intValue();
            List<QuarterlyCoefficient> quarters = quarters(scoresByProvider.getOrDefault(providerId, List.of()), policies);
            PolicyUsed base = policies.base(level);
            int[] signedMonths = YearlyReward.signedMonthsPerQuarter(signedOn, year);
            java.util.SortedSet<Integer> suspended = YearlyReward.suspendedMonths(
                    suspensions.getOrDefault(providerId, List.of()), signedOn, year, suspendedMinDays, now);
            int[] earningMonths = YearlyReward.signedMonthsPerQuarter(signedOn, year, suspended);
            YearlyReward reward = YearlyReward.settle(new YearlyReward.Facts(base.value(),
                    quarters.stream().map(QuarterlyCoefficient::coefficient).toArray(BigDecimal[]::new), earningMonths,
                    signedOn != null, satisfied, answered, policies.satisfactionMinPercent().value(), exposures, fraud,
                    policies.fraudFineMultiple().value(), deductions.add(chargebacks), deposit));
            c.add(providerId, level, base, quarters, java.util.Arrays.stream(signedMonths).sum(), satisfied, answered,
                    exposures, reward, deductions, fraud, deposit, suspended, chargebacks, chargebackLines);
        }
        em.createNativeQuery("delete from yearly_reward where year = ?").setParameter(1, year).executeUpdate();
        if (c.size() == 0) {
            return 0;
        }
        PolicyUsed satisfaction = policies.satisfactionMinPercent();
        PolicyUsed fine = policies.fraudFineMultiple();
        int settled = em.createNativeQuery("""
                        insert into yearly_reward (provider_id, year, market_level, base_amount, base_policy_id,
                               q1_coefficient, q2_coefficient, q3_coefficient, q4_coefficient, signed_months,
                               satisfied_count, answered_count, satisfaction_policy_id, media_exposures, eligible,
                               ineligible_reasons, gross_reward, money_deductions, fraud_amount, fraud_fine, fine_policy_id,
                               payable, from_deposit, deposit, deposit_shortfall, computed_at, computed_by,
                               suspended_months, suspension_policy_id, chargeback_deductions, chargeback_lines)
                        select t.provider_id, ?, t.market_level, t.base_amount, t.base_policy_id, t.q1, t.q2, t.q3, t.q4,
                               t.signed_months, t.satisfied, t.answered, ?, t.exposures, t.eligible, t.reasons, t.gross,
                               t.deductions, t.fraud, t.fine, ?, t.payable, t.from_deposit, t.deposit, t.shortfall, ?, ?,
                               t.suspended_months, ?, t.chargebacks, t.chargeback_lines
                        from unnest(cast(? as bigint[]), cast(? as smallint[]), cast(? as numeric[]), cast(? as bigint[]),
                                    cast(? as numeric[]), cast(? as numeric[]), cast(? as numeric[]), cast(? as numeric[]),
                                    cast(? as smallint[]), cast(? as integer[]), cast(? as integer[]), cast(? as integer[]),
                                    cast(? as boolean[]), cast(? as text[]), cast(? as numeric[]), cast(? as numeric[]),
                                    cast(? as numeric[]), cast(? as numeric[]), cast(? as numeric[]), cast(? as numeric[]),
                                    cast(? as numeric[]), cast(? as numeric[]), cast(? as text[]),
                                    cast(? as numeric[]), cast(? as integer[]))
                             as t(provider_id, market_level, base_amount, base_policy_id, q1, q2, q3, q4, signed_months,
                                  satisfied, answered, exposures, eligible, reasons, gross, deductions, fraud, fine, payable,
                                  from_deposit, deposit, shortfall, suspended_months, chargebacks, chargeback_lines)""")
                .setParameter(1, year).setParameter(2, satisfaction.id()).setParameter(3, fine.id())
                .setParameter(4, Timestamp.from(now)).setParameter(5, by)
                .setParameter(6, policies.suspendedMonthDays().id())
                .setParameter(7, c.array(0)).setParameter(8, c.array(1)).setParameter(9, c.array(2))
                .setParameter(10, c.array(3)).setParameter(11, c.array(4)).setParameter(12, c.array(5))
                .setParameter(13, c.array(6)).setParameter(14, c.array(7)).setParameter(15, c.array(8))
                .setParameter(16, c.array(9)).setParameter(17, c.array(10)).setParameter(18, c.array(11))
                .setParameter(19, c.array(12)).setParameter(20, c.array(13)).setParameter(21, c.array(14))
                .setParameter(22, c.array(15)).setParameter(23, c.array(16)).setParameter(24, c.array(17))
                .setParameter(25, c.array(18)).setParameter(26, c.array(19)).setParameter(27, c.array(20))
                .setParameter(28, c.array(21)).setParameter(29, c.array(22))
                .setParameter(30, c.array(23)).setParameter(31, c.array(24)).executeUpdate();
        em.createNativeQuery("""
                        update chargeback_line l set status = 'SETTLED', settled_year = ?, version = version + 1
                        where l.status = 'CONFIRMED' and l.confirmed_at >= ? and l.confirmed_at < ?
                          and exists (select 1 from yearly_reward r where r.provider_id = l.provider_id and r.year = ?)""")
                .setParameter(1, year).setParameter(2, from).setParameter(3, to).setParameter(4, year).executeUpdate();
        return settled;
    }

    /** The results column by column, to bind each as one array. */
    private static final class Columns {
        private final List<List<Object>> columns = new ArrayList<>();

        Columns() {
            for (int i = 0; i < 25; i++) {
                columns.add(new ArrayList<>());
            }
        }

        void add(long providerId, int level, PolicyUsed base, List<QuarterlyCoefficient> quarters, int signedMonths,
                 long satisfied, long answered, int exposures, YearlyReward reward, BigDecimal deductions,
                 BigDecimal fraud, BigDecimal deposit, java.util.Set<Integer> suspended, BigDecimal chargebacks,
                 int chargebackLines) {
            Object[] values = {providerId, level, base.value(), base.id(), quarters.get(0).coefficient(),
                    quarters.get(1).coefficient(), quarters.get(2).coefficient(), quarters.get(3).coefficient(),
                    signedMonths, satisfied, answered, exposures, reward.eligible(),
                    reward.eligible() ? null : reward.ineligibleReasons().stream().sorted().map(IneligibleReason::name)
                            .collect(Collectors.joining(",")),
                    reward.gross().amount(), deductions, fraud, reward.fine().amount(), reward.payable().amount(),
                    reward.fromDeposit().amount(), deposit, reward.depositShortfall().amount(), suspended.isEmpty() ? null
                            : suspended.stream().map(String::valueOf).collect(Collectors.joining(",")), chargebacks, chargebackLines};
            for (int i = 0; i < values.length; i++) {
                columns.get(i).add(values[i]);
            }
        }

        int size() {
            return columns.get(0).size();
        }

        String array(int column) {
            return SqlValues.arrayLiteral(columns.get(column));
        }
    }
}
