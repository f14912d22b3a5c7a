package com.aftersales.crm.assessment.boundary;

import com.aftersales.crm.assessment.control.MonthlyAssessor;
import com.aftersales.crm.assessment.control.RewardLedger;
import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.assessment.entity.PolicyUsed;
import com.aftersales.crm.assessment.entity.QuarterlyCoefficient;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * 服务商考核: supervisors (and administrators) compute a month, enter the regional manager's evaluation and the
 * cooperation, confirm the month, settle the year's reward and record fraud or a media exposure; management reads
 * every scorecard; a provider reads its own only — its id comes from the login, and any other provider is "not found".
 */
@Stateless
@Secured({Role.SUPERVISOR, Role.ADMIN})
public class Assessments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MonthlyAssessor assessor;

    @Inject
    RewardLedger ledger;

    @Inject
    AssessmentPolicies policies;

    @Inject
    Clock clock;

    /** Scores the month for every signed provider, replacing an earlier computation; a confirmed month is refused. */
    public MonthResult compute(@NotNull YearMonth month) {
        if (month.isAfter(YearMonth.now(clock.withZone(MonthlyAssessor.BUSINESS_ZONE)))) {
            throw new InvalidInput("month", "assessment.error.monthNotStarted");
        }
        if (MonthEndAssessment.isConfirmed(assessor.status(month))) {
            throw new InvalidInput("month", "assessment.error.confirmed");
        }
        int assessed = assessor.compute(month, policies.month(month), clock.instant(), caller.require().username());
        return new MonthResult(month, assessed, false);
    }

    /** Closes the month: it is never recomputed, and its manual items are final. */
    public void confirm(@NotNull YearMonth month) {
        if (!assessor.confirm(month, clock.instant(), caller.require().username())) {
            throw new InvalidInput("month", "assessment.error.notComputed");
        }
    }

    /**
     * Enters (or replaces) an item for a provider's month: signed points within the cap in force (± 10 by default),
     * with the reason. It counts from the month's next computation.
     */
    public void enterManualItem(long providerId, @NotNull YearMonth month, @NotNull ManualItemKind kind,
                                @NotNull BigDecimal points, String note) {
        provider(providerId);
        if (MonthEndAssessment.isConfirmed(assessor.status(month))) {
            throw new InvalidInput("month", "assessment.error.confirmed");
        }
        PolicyUsed max = policies.manualMax(month);
        if (points.abs().compareTo(max.value()) > 0 || points.scale() > 2) {
            throw new InvalidInput("points", "assessment.error.pointsOutOfRange", max.value().toPlainString());
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "assessment.error.noteRequired");
        }
        if (note.length() > 500) {
            throw new InvalidInput("note", "assessment.error.tooLong");
        }
        em.createNativeQuery("""
                        insert into assessment_manual_item (provider_id, month, kind, points, policy_id, note, entered_by, entered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (provider_id, month, kind) do update set points = excluded.points,
                            policy_id = excluded.policy_id, note = excluded.note, entered_by = excluded.entered_by,
                            entered_at = excluded.entered_at""")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).setParameter(3, kind.name())
                .setParameter(4, points).setParameter(5, max.id()).setParameter(6, note.strip())
                .setParameter(7, caller.require().username()).setParameter(8, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER})
    public List<ManualItemRow> manualItems(@NotNull YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select m.id, m.provider_id, p.name, m.month, m.kind, m.points, m.note, m.entered_by, m.entered_at
                        from assessment_manual_item m join service_provider p on p.id = m.provider_id
                        where m.month = ? order by p.name, m.kind""")
                .setParameter(1, Date.valueOf(month.atDay(1))).getResultList();
        return rows.stream().map(r -> new ManualItemRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], date(r[3]), (String) r[4], (BigDecimal) r[5], (String) r[6], (String) r[7],
                SqlValues.instant(r[8]))).toList();
    }

    /** The computed months, latest first. */
    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER})
    public List<MonthStatus> months() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select month, status, computed_at, computed_by, confirmed_at, confirmed_by
                        from assessment_month order by month desc limit 120""").getResultList();
        return rows.stream().map(r -> new MonthStatus(date(r[0]), (String) r[1], SqlValues.instant(r[2]), (String) r[3],
                SqlValues.instant(r[4]), (String) r[5])).toList();
    }

    /** Every provider's result for a month, lowest score first (the ones to talk to). */
    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER})
    public List<AssessmentRow> month(@NotNull YearMonth month) {
        return assessments("a.month = ?", List.of(Date.valueOf(month.atDay(1))), "a.score, p.name");
    }

    /** A provider's year; a provider user may ask for its own only (another id is not found). */
    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER, Role.PROVIDER})
    public Scorecard scorecard(long providerId, int year) {
        Object[] provider = provider(visible(providerId));
        List<AssessmentRow> months = assessments("a.provider_id = ? and a.month >= ? and a.month < ?",
                List.of(providerId, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1))),
                "a.month");
        List<QuarterlyCoefficient> quarters = ledger.quarters(
                months.stream().map(m -> new Object[]{m.month(), m.counted()}).toList(), policies.year(year));
        return new Scorecard(providerId, (String) provider[0], (String) provider[1], ((Number) provider[2]).intValue(),
                year, months, quarters, reward(providerId, year));
    }

    /** The logged-in provider's own year. */
    @Secured(Role.PROVIDER)
    public Scorecard myScorecard(int year) {
        return scorecard(ownProvider(), year);
    }

    /** Every line of a provider's month, in the order they happened (a provider: its own only). */
    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER, Role.PROVIDER})
    public List<LineRow> lines(long providerId, @NotNull YearMonth month) {
        visible(providerId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select l.id, l.kind, l.points, l.source_type, l.source_id, l.source_date, l.occurred_at, l.policy_id,
                               v.policy_key, l.note
                        from assessment_line l join monthly_assessment a on a.id = l.assessment_id
                        left join policy_value v on v.id = l.policy_id
                        where a.provider_id = ? and a.month = ? order by l.occurred_at nulls last, l.id""")
                .setParameter(1, providerId).setParameter(2, Date.valueOf(month.atDay(1))).getResultList();
        return rows.stream().map(r -> new LineRow(((Number) r[0]).longValue(), (String) r[1], (BigDecimal) r[2],
                (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(), r[5] == null ? null : date(r[5]),
                SqlValues.instant(r[6]), r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8],
                (String) r[9])).toList();
    }

    /** The logged-in provider's own month. */
    @Secured(Role.PROVIDER)
    public List<LineRow> myLines(@NotNull YearMonth month) {
        return lines(ownProvider(), month);
    }

    /** Settles the year's reward for every signed provider (recomputing replaces it). @return providers settled */
    public int settleYear(int year) {
        if (year > YearMonth.now(clock.withZone(MonthlyAssessor.BUSINESS_ZONE)).getYear() || year < 2000) {
            throw new InvalidInput("year", "assessment.error.yearNotStarted");
        }
        return ledger.settle(year, policies.year(year), clock.instant(), caller.require().username());
    }

    /** The settled year of every provider. */
    @Secured({Role.SUPERVISOR, Role.ADMIN, Role.MANAGER})
    public List<RewardRow> rewards(int year) {
        return rewards("r.year = ?", List.of(year));
    }

    /**
     * 弄虚作假: the amount involved in a fraud to claim the reward. The year's settlement is withheld, a fine of 10× the
     * amount is due, and the provider is disqualified (from the year's next settlement on).
     */
    public void recordFraud(long providerId, int year, @NotNull BigDecimal amount, String note) {
        provider(providerId);
        if (amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidInput("amount", "assessment.error.amount");
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "assessment.error.noteRequired");
        }
        em.createNativeQuery("""
                        insert into reward_fraud (provider_id, year, amount, note, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .setParameter(1, providerId).setParameter(2, year).setParameter(3, amount)
                .setParameter(4, note.strip().length() > 500 ? note.strip().substring(0, 500) : note.strip())
                .setParameter(5, caller.require().username()).setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    /**
     * A major complaint exposed by a mainstream medium (市级以上主流媒体): the case must be a MAJOR complaint with a
     * provider; that provider loses the year's reward.
     */
    public void recordMediaExposure(long caseId, @NotNull LocalDate exposedOn, String outlet) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select provider_id, severity, case_type from service_case where id = ?")
                .setParameter(1, caseId).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("case " + caseId);
        }
        Object[] c = found.get(0);
        if (c[0] == null || !"MAJOR".equals(c[1]) || !"COMPLAINT".equals(c[2])) {
            throw new InvalidInput("caseId", "assessment.error.notMajorComplaint");
        }
        if (outlet == null || outlet.isBlank()) {
            throw new InvalidInput("outlet", "assessment.error.noteRequired");
        }
        em.createNativeQuery("""
                        insert into media_exposure (provider_id, case_id, exposed_on, outlet, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""")
                .setParameter(1, ((Number) c[0]).longValue()).setParameter(2, caseId)
                .setParameter(3, Date.valueOf(exposedOn)).setParameter(4, outlet.strip())
                .setParameter(5, caller.require().username()).setParameter(6, Timestamp.from(clock.instant()))
                .executeUpdate();
    }

    private long visible(long providerId) {
        UserPrincipal user = caller.require();
        if (!user.hasAnyRole(Role.SUPERVISOR, Role.ADMIN, Role.MANAGER)
                && (user.providerId() == null || user.providerId() != providerId)) {
            throw new NotFound("provider " + providerId);
        }
        return providerId;
    }

    private long ownProvider() {
        Long own = caller.require().providerId();
        if (own == null) {
            throw new NotFound("provider");
        }
        return own;
    }

    private Object[] provider(long providerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select code, name, market_level from service_provider where id = ?")
                .setParameter(1, providerId).getResultList();
        if (found.isEmpty()) {
            throw new NotFound("provider " + providerId);
        }
        return found.get(0);
    }

    private RewardRow reward(long providerId, int year) {
        List<RewardRow> rows = rewards("r.provider_id = ? and r.year = ?", List.of(providerId, year));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<AssessmentRow> assessments(String where, List<Object> parameters, String order) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery("""
                        select a.id, a.provider_id, p.code, p.name, a.month, a.base_score, a.deductions, a.merits, a.score,
                               a.counted_score, a.threshold, m.status
                        from monthly_assessment a join service_provider p on p.id = a.provider_id
                        join assessment_month m on m.month = a.month""" + " where " + where + " order by " + order
                + " limit 1000"), parameters).getResultList();
        return rows.stream().map(r -> new AssessmentRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], date(r[4]), (BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7],
                (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10], (String) r[11])).toList();
    }

    private List<RewardRow> rewards(String where, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery("""
                        select r.provider_id, p.name, r.year, r.market_level, r.base_amount, r.q1_coefficient,
                               r.q2_coefficient, r.q3_coefficient, r.q4_coefficient, r.signed_months, r.satisfied_count,
                               r.answered_count, r.media_exposures, r.eligible, r.ineligible_reasons, r.gross_reward,
                               r.money_deductions, r.fraud_amount, r.fraud_fine, r.payable, r.from_deposit, r.deposit,
                               r.deposit_shortfall, r.computed_at, r.suspended_months, sv.value
                        from yearly_reward r join service_provider p on p.id = r.provider_id
                        left join policy_value sv on sv.id = r.suspension_policy_id""" + " where " + where
                + " order by p.name limit 1000"), parameters).getResultList();
        return rows.stream().map(r -> new RewardRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue(), (BigDecimal) r[4],
                List.of((BigDecimal) r[5], (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8]),
                ((Number) r[9]).intValue(), ((Number) r[10]).longValue(), ((Number) r[11]).longValue(),
                ((Number) r[12]).intValue(), (Boolean) r[13],
                r[14] == null ? List.of() : Arrays.asList(((String) r[14]).split(",")), (BigDecimal) r[15],
                (BigDecimal) r[16], (BigDecimal) r[17], (BigDecimal) r[18], (BigDecimal) r[19], (BigDecimal) r[20],
                (BigDecimal) r[21], (BigDecimal) r[22], SqlValues.instant(r[23]),
                r[24] == null ? List.of() : Arrays.stream(((String) r[24]).split(",")).map(Integer::valueOf).toList(),
                r[25] == null ? null : new BigDecimal((String) r[25]))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
