package com.aftersales.crm.assessment.control;

import com.aftersales.crm.assessment.entity.AssessmentRow;
import com.aftersales.crm.assessment.entity.LineRow;
import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.assessment.entity.ManualItemRow;
import com.aftersales.crm.assessment.entity.MonthStatus;
import com.aftersales.crm.assessment.entity.RewardRow;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The statements of the assessment screens: the manual items, fraud and media exposures entered, and the scorecards,
 * months, lines and rewards read (the computing of a month and the settling of a year are {@link MonthlyAssessor}'s
 * and {@link RewardLedger}'s).
 *
 * <p>A declared <b>read model</b> across areas: the lists name each provider ({@code service_provider}, joined in the
 * one statement) and each line's or reward's policy ({@code policy_value}); a media exposure is checked against its
 * case ({@code service_case}: provider, severity, type), read in the transaction that records it.
 */
@Dependent
public class AssessmentQueries {

    /** A provider as its scorecard heads it. */
    public record ProviderHeading(String code, String name, int marketLevel) {
    }

    /** What a media exposure needs of its case. */
    public record ExposedCase(Long providerId, String severity, String caseType) {
    }

    @PersistenceContext
    EntityManager em;

    public void enterManualItem(long providerId, YearMonth month, ManualItemKind kind, BigDecimal points, long policyId,
                                String note, String by, Instant at) {
        em.createNativeQuery("""
                        insert into assessment_manual_item (provider_id, month, kind, points, policy_id, note, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (provider_id, month, kind) do update set points = excluded.points,
                            policy_id = excluded.policy_id, note = excluded.note, entered_by = excluded.entered_by,
                            entered_at = excluded.entered_at""")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).setParameter(3, kind.name())
                .setParameter(4, points).setParameter(5, policyId).setParameter(6, note)
                .setParameter(7, by).setParameter(8, Timestamp.from(at))
                .executeUpdate();
    }

    public List<ManualItemRow> manualItems(YearMonth month) {
        return Row.map(em.createNativeQuery("""
                        select m.id, m.provider_id, p.name, m.month, m.kind, m.points, m.note, m.entered_by, m.entered_at
                        from assessment_manual_item m join service_provider p on p.id = m.provider_id
                        where m.month = ? order by p.name, m.kind""")
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList(), r -> new ManualItemRow(r.longValue(0),
                r.longValue(1), r.text(2), r.date(3), r.text(4), r.decimal(5), r.text(6), r.text(7), r.instant(8)));
    }

    /** The computed months, latest first. */
    public List<MonthStatus> months() {
        return Row.map(em.createNativeQuery("""
                        select month, status, computed_at, computed_by, confirmed_at, confirmed_by
                        from assessment_month order by month desc limit 120""").getResultList(), r -> new MonthStatus(r.date(0),
                r.text(1), r.instant(2), r.text(3), r.instant(4), r.text(5)));
    }

    /** Every line of a provider's month, in the order they happened. */
    public List<LineRow> lines(long providerId, YearMonth month) {
        return Row.map(em.createNativeQuery("""
                        select l.id, l.kind, l.points, l.source_type, l.source_id, l.source_date, l.occurred_at, l.policy_id,
                               v.policy_key, l.note
                        from assessment_line l join monthly_assessment a on a.id = l.assessment_id
                        left join policy_value v on v.id = l.policy_id
                        where a.provider_id = ? and a.month = ? order by l.occurred_at nulls last, l.id""")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).getResultList(),
                r -> new LineRow(r.longValue(0), r.text(1), r.decimal(2), r.text(3), r.longOrNull(4), r.date(5),
                        r.instant(6), r.longOrNull(7), r.text(8), r.text(9)));
    }

    public void recordFraud(long providerId, int year, BigDecimal amount, String note, String by, Instant at) {
        em.createNativeQuery("""
                        insert into reward_fraud (provider_id, year, amount, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, providerId).setParameter(2, year).setParameter(3, amount)
                .setParameter(4, note).setParameter(5, by).setParameter(6, Timestamp.from(at))
                .executeUpdate();
    }

    public Optional<ExposedCase> exposedCase(long caseId) {
        return Row.map(em.createNativeQuery("select provider_id, severity, case_type from service_case where id = ?")
                .setParameter(1, caseId).getResultList(), r -> new ExposedCase(r.longOrNull(0), r.text(1), r.text(2)))
                .stream().findFirst();
    }

    /** Records the exposure against the provider, once per case. */
    public void recordMediaExposure(long providerId, long caseId, LocalDate exposedOn, String outlet, String by,
                                    Instant at) {
        em.createNativeQuery("""
                        insert into media_exposure (provider_id, case_id, exposed_on, outlet, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
                .setParameter(1, providerId).setParameter(2, caseId)
                .setParameter(3, Date.valueOf(exposedOn)).setParameter(4, outlet)
                .setParameter(5, by).setParameter(6, Timestamp.from(at))
                .executeUpdate();
    }

    public Optional<ProviderHeading> provider(long providerId) {
        return Row.map(em.createNativeQuery("select code, name, market_level from service_provider where id = ?")
                .setParameter(1, providerId).getResultList(), r -> new ProviderHeading(r.text(0), r.text(1),
                r.intValue(2))).stream().findFirst();
    }

    /** One month of every provider, lowest score first (the ones to talk to). */
    public List<AssessmentRow> month(YearMonth month) {
        return assessments("a.month = ?", List.of(Date.valueOf(month.atDay(1))), "a.score, p.name");
    }

    /** One provider's months of a year, in order. */
    public List<AssessmentRow> year(long providerId, int year) {
        return assessments("a.provider_id = ? and a.month >= ? and a.month < ?",
                List.of(providerId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1))),
                "a.month");
    }

    /** The settled year of every provider. */
    public List<RewardRow> rewards(int year) {
        return rewards("r.year = ?", List.of(year));
    }

    public Optional<RewardRow> reward(long providerId, int year) {
        return rewards("r.provider_id = ? and r.year = ?", List.of(providerId, year)).stream().findFirst();
    }

    private List<AssessmentRow> assessments(String where, List<Object> parameters, String order) {
        return Row.map(SqlValues.bind(em.createNativeQuery("""
                        select a.id, a.provider_id, p.code, p.name, a.month, a.base_score, a.deductions, a.merits, a.score,
                               a.counted_score, a.threshold, m.status
                        from monthly_assessment a join service_provider p on p.id = a.provider_id
                        join assessment_month m on m.month = a.month""" + " where " + where + " order by " + order
                + " limit 1000"), parameters).getResultList(), r -> new AssessmentRow(r.longValue(0), r.longValue(1),
                r.text(2), r.text(3), r.date(4), r.decimal(5), r.decimal(6), r.decimal(7), r.decimal(8), r.decimal(9),
                r.decimal(10), r.text(11)));
    }

    private List<RewardRow> rewards(String where, List<Object> parameters) {
        return Row.map(SqlValues.bind(em.createNativeQuery("""
                        select r.provider_id, p.name, r.year, r.market_level, r.base_amount, r.q1_coefficient,
                               r.q2_coefficient, r.q3_coefficient, r.q4_coefficient, r.signed_months, r.satisfied_count,
                               r.answered_count, r.media_exposures, r.eligible, r.ineligible_reasons, r.gross_reward,
                               r.money_deductions, r.fraud_amount, r.fraud_fine, r.payable, r.from_deposit, r.deposit,
                               r.deposit_shortfall, r.computed_at, r.suspended_months, sv.value,
                               r.chargeback_deductions, r.chargeback_lines
                        from yearly_reward r join service_provider p on p.id = r.provider_id
                        left join policy_value sv on sv.id = r.suspension_policy_id""" + " where " + where
                + " order by p.name limit 1000"), parameters).getResultList(), r -> new RewardRow(r.longValue(0),
                r.text(1), r.intValue(2), r.intValue(3), r.decimal(4),
                List.of(r.decimal(5), r.decimal(6), r.decimal(7), r.decimal(8)),
                r.intValue(9), r.longValue(10), r.longValue(11), r.intValue(12), r.bool(13),
                r.isNull(14) ? List.of() : Arrays.asList(r.text(14).split(",")), r.decimal(15),
                r.decimal(16), r.decimal(17), r.decimal(18), r.decimal(19), r.decimal(20),
                r.decimal(21), r.decimal(22), r.instant(23),
                r.isNull(24) ? List.of() : Arrays.stream(r.text(24).split(",")).map(Integer::valueOf).toList(),
                r.isNull(25) ? null : new BigDecimal(r.text(25)), r.decimal(26), r.intValue(27)));
    }
}
