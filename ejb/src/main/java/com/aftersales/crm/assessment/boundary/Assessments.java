package com.aftersales.crm.assessment.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.assessment.control.AssessmentQueries;
import com.aftersales.crm.assessment.control.MonthlyAssessor;
import com.aftersales.crm.assessment.control.RewardLedger;
import com.aftersales.crm.assessment.entity.AssessmentRow;
import com.aftersales.crm.assessment.entity.LineRow;
import com.aftersales.crm.assessment.entity.ManualItemKind;
import com.aftersales.crm.assessment.entity.ManualItemRow;
import com.aftersales.crm.assessment.entity.MonthStatus;
import com.aftersales.crm.assessment.entity.PolicyUsed;
import com.aftersales.crm.assessment.entity.QuarterlyCoefficient;
import com.aftersales.crm.assessment.entity.RewardRow;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 服务商考核: supervisors (and administrators) compute a month, enter the regional manager's evaluation and the
 * cooperation, confirm the month, settle the year's reward and record fraud or a media exposure; management reads
 * every scorecard; a provider reads its own only — its id comes from the login, and any other provider is "not found".
 */
@Stateless
@Secured(Duty.SUPERVISION)
public class Assessments {

    @Inject
    AssessmentQueries queries;

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
        queries.enterManualItem(providerId, month, kind, points, max.id(), note.strip(), caller.require().username(),
                clock.instant());
    }

    @Secured(Duty.OVERSIGHT)
    public List<ManualItemRow> manualItems(@NotNull YearMonth month) {
        return queries.manualItems(month);
    }

    /** The computed months, latest first. */
    @Secured(Duty.OVERSIGHT)
    public List<MonthStatus> months() {
        return queries.months();
    }

    /** Every provider's result for a month, lowest score first (the ones to talk to). */
    @Secured(Duty.OVERSIGHT)
    public List<AssessmentRow> month(@NotNull YearMonth month) {
        return queries.month(month);
    }

    /** A provider's year; a provider user may ask for its own only (another id is not found). */
    @Secured(Duty.SCORES)
    public Scorecard scorecard(long providerId, int year) {
        AssessmentQueries.ProviderHeading provider = provider(visible(providerId));
        List<AssessmentRow> months = queries.year(providerId, year);
        List<QuarterlyCoefficient> quarters = ledger.quarters(
                months.stream().map(m -> new Object[]{m.month(), m.counted()}).toList(), policies.year(year));
        return new Scorecard(providerId, provider.code(), provider.name(), provider.marketLevel(),
                year, months, quarters, queries.reward(providerId, year).orElse(null));
    }

    /** The logged-in provider's own year. */
    @Secured(Duty.PROVIDER_WORK)
    public Scorecard myScorecard(int year) {
        return scorecard(ownProvider(), year);
    }

    /** Every line of a provider's month, in the order they happened (a provider: its own only). */
    @Secured(Duty.SCORES)
    public List<LineRow> lines(long providerId, @NotNull YearMonth month) {
        visible(providerId);
        return queries.lines(providerId, month);
    }

    /** The logged-in provider's own month. */
    @Secured(Duty.PROVIDER_WORK)
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
    @Secured(Duty.OVERSIGHT)
    public List<RewardRow> rewards(int year) {
        return queries.rewards(year);
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
        queries.recordFraud(providerId, year, amount,
                note.strip().length() > 500 ? note.strip().substring(0, 500) : note.strip(), caller.require().username(),
                clock.instant());
    }

    /**
     * A major complaint exposed by a mainstream medium (市级以上主流媒体): the case must be a MAJOR complaint with a
     * provider; that provider loses the year's reward.
     */
    public void recordMediaExposure(long caseId, @NotNull LocalDate exposedOn, String outlet) {
        AssessmentQueries.ExposedCase c = queries.exposedCase(caseId).orElseThrow(() -> new NotFound("case " + caseId));
        if (c.providerId() == null || !"MAJOR".equals(c.severity()) || !"COMPLAINT".equals(c.caseType())) {
            throw new InvalidInput("caseId", "assessment.error.notMajorComplaint");
        }
        if (outlet == null || outlet.isBlank()) {
            throw new InvalidInput("outlet", "assessment.error.noteRequired");
        }
        queries.recordMediaExposure(c.providerId(), caseId, exposedOn, outlet.strip(), caller.require().username(),
                clock.instant());
    }

    private long visible(long providerId) {
        UserPrincipal user = caller.require();
        if (!user.can(Duty.OVERSIGHT)
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

    private AssessmentQueries.ProviderHeading provider(long providerId) {
        return queries.provider(providerId).orElseThrow(() -> new NotFound("provider " + providerId));
    }
}
