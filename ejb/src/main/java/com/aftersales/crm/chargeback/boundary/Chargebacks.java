package com.aftersales.crm.chargeback.boundary;

import com.aftersales.crm.chargeback.control.ChargebackRecords;
import com.aftersales.crm.chargeback.control.ChargebackRecords.Scope;
import com.aftersales.crm.chargeback.entity.ChargebackLine;
import com.aftersales.crm.chargeback.entity.CostDimension;
import com.aftersales.crm.chargeback.entity.CostFigure;
import com.aftersales.crm.chargeback.entity.CostKind;
import com.aftersales.crm.chargeback.entity.CostRow;
import com.aftersales.crm.chargeback.entity.CostSource;
import com.aftersales.crm.chargeback.entity.LineFilter;
import com.aftersales.crm.chargeback.entity.LineRow;
import com.aftersales.crm.chargeback.entity.Party;
import com.aftersales.crm.chargeback.entity.ShareRow;
import com.aftersales.crm.chargeback.entity.ShareSplit;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.CostBearer;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.Money;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 责任分摊与扣款: the supervisor's judgement split by shares with their evidence, the case's costs, and the chargeback
 * ledger of the providers and dealers — who see their own lines only, whatever id they send, and may dispute a line
 * within the dispute window ({@value #DISPUTE_WINDOW}); the supervisor decides.
 *
 * <p>Layering: this area depends on the service case (its boundary judges the case and says who may see it); the
 * service case knows nothing of it. A split judgement is also the case's single judgement (the largest share's
 * responsibility and bearer), so the existing screens and REST keep working.
 */
@Stateless
@Secured(Duty.CHARGEBACKS)
public class Chargebacks {

    /** The days a party has to dispute a proposed line (policy, DAYS; default 7). */
    public static final String DISPUTE_WINDOW = "chargeback.dispute-window";

    /** Counting stops here. */
    public static final int COUNT_CAP = 1000;

    @Inject
    ChargebackRecords records;

    @Inject
    ServiceCases cases;

    @Inject
    PolicyLookup policies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A cost of the case (materials, labour, freight, compensation), by the supervisor; before the split judgement. */
    @Secured(Duty.SUPERVISION)
    public long addCost(long caseId, CostKind kind, BigDecimal amount, String note) {
        CaseDetail detail = cases.detail(caseId);
        if (kind == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (amount == null) {
            throw new InvalidInput("amount", "validation.required");
        }
        if (amount.signum() <= 0) {
            throw new InvalidInput("amount", "chargeback.error.amountPositive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInput("amount", "chargeback.error.amountFen");
        }
        records.lockCase(detail.id());
        if (records.split(caseId)) {
            throw new InvalidInput("amount", "chargeback.error.costsFinal");
        }
        return records.addCost(caseId, kind, Money.of(amount), blankToNull(note), CostSource.SUPERVISOR, null, actor(),
                clock.instant());
    }

    @Secured(Duty.CUSTOMER_SERVICE)
    public List<CostRow> costs(long caseId) {
        cases.requireVisible(caseId);
        return records.costs(caseId);
    }

    /**
     * The shares of the case's judgement, in the order entered. A case judged the old way (one responsibility and
     * bearer) reads as one share of 100%, without an id.
     */
    @Secured(Duty.CUSTOMER_SERVICE)
    public List<ShareRow> shares(long caseId) {
        CaseDetail detail = cases.detail(caseId);
        List<ShareRow> shares = records.shares(caseId);
        if (!shares.isEmpty() || detail.responsibility() == null) {
            return shares;
        }
        Party party = switch (CostBearer.valueOf(detail.costBearer())) {
            case PROVIDER -> Party.PROVIDER;
            case DEALER -> Party.DEALER;
            case CUSTOMER -> Party.CUSTOMER;
            case MAKER, UNDECIDED -> Party.MAKER;
        };
        Long partyId = party == Party.PROVIDER ? detail.providerId() : party == Party.DEALER ? detail.dealerId() : null;
        String name = party == Party.PROVIDER ? detail.provider() : party == Party.DEALER ? detail.dealer() : null;
        return List.of(new ShareRow(null, detail.responsibility(), party.name(), partyId, name,
                new BigDecimal("100.00"), detail.responsibilityNote(), null, null, detail.judgedBy(), detail.judgedAt()));
    }

    /**
     * 责任分摊: judges the case by shares that add up to exactly 100, each with its evidence, and charges the costs
     * entered so far to the provider and dealer shares as proposed lines, split to the fen by the largest remainder
     * ({@link ShareSplit}). The costs are final from then on. The case's own judgement is the largest share's (the
     * first of equal ones).
     */
    @Secured(Duty.SUPERVISION)
    public List<LineRow> judge(long caseId, @NotNull @Valid List<@NotNull @Valid ShareDraft> shares, String note) {
        CaseDetail detail = cases.detail(caseId);
        ShareSplit.requireWhole(shares.stream().map(ShareDraft::getPercent).toList());
        records.lockCase(caseId);
        if (records.split(caseId)) {
            throw new InvalidInput("shares", "chargeback.error.alreadySplit");
        }
        List<Long> partyIds = new ArrayList<>();
        for (ShareDraft share : shares) {
            if (share.getEvidence() == null || share.getEvidence().isBlank()) {
                throw new InvalidInput("evidence", "chargeback.error.evidenceRequired");
            }
            partyIds.add(partyId(share, detail));
        }
        ShareDraft primary = shares.stream().max(Comparator.comparing(ShareDraft::getPercent)
                .thenComparing(s -> -shares.indexOf(s))).orElseThrow();
        cases.judge(caseId, primary.getResponsibility(), bearer(primary.getParty()), note);

        Instant now = clock.instant();
        String by = actor();
        PolicyVersion window = policies.inForce(DISPUTE_WINDOW, detail.brand(), detail.productLine(), now);
        Instant disputeUntil = now.plus(Duration.ofDays(Long.parseLong(window.value().trim())));
        List<Money> parts = ShareSplit.split(records.totalCost(caseId),
                shares.stream().map(ShareDraft::getPercent).toList());
        for (int i = 0; i < shares.size(); i++) {
            ShareDraft share = shares.get(i);
            long shareId = records.addShare(caseId, i + 1, share.getResponsibility().name(), share.getParty(),
                    partyIds.get(i), share.getPercent(), share.getEvidence().trim(), blankToNull(share.getAttachmentIds()),
                    blankToNull(share.getPolicyRef()), by, now);
            if (share.getParty().chargedBack()) {
                records.add(new ChargebackLine(caseId, shareId, share.getParty(), partyIds.get(i), share.getPercent(),
                        parts.get(i), blankToNull(share.getPolicyRef()), window.id(), disputeUntil, now));
            }
        }
        LineFilter filter = new LineFilter();
        filter.setCaseId(caseId);
        return records.lines(filter, Scope.ALL, 0, 50, now);
    }

    /** The caller's lines: a provider's or dealer's own only; the office every line. */
    public List<LineRow> lines(LineFilter filter, int first, int max) {
        return records.lines(filter == null ? new LineFilter() : filter, scope(), first, Math.max(1, Math.min(max, 200)),
                clock.instant());
    }

    public long count(LineFilter filter) {
        return records.count(filter == null ? new LineFilter() : filter, scope(), COUNT_CAP + 1);
    }

    /** One line, if the caller may see it; "not found" otherwise, whatever the reason. */
    public LineRow line(long id) {
        records.find(id, scope(), null);
        LineFilter filter = new LineFilter();
        filter.setId(id);
        return records.lines(filter, Scope.ALL, 0, 1, clock.instant()).get(0);
    }

    /** 异议: the party disputes its own proposed line within the window, with its reason. */
    @Secured(Duty.NETWORK)
    public void dispute(long id, String reason, Long version) {
        ChargebackLine line = records.find(id, scope(), version);
        line.dispute(reason, actor(), clock.instant());
        records.save();
    }

    /** The supervisor's decision on a dispute: upheld, the line is cancelled (zeroed); rejected, confirmed. */
    @Secured(Duty.SUPERVISION)
    public void decide(long id, boolean uphold, String reason, Long version) {
        ChargebackLine line = records.find(id, Scope.ALL, version);
        line.decide(uphold, reason, actor(), clock.instant());
        records.save();
    }

    /** Confirms every proposed line whose window has passed (the timer does it every hour too); returns how many. */
    @Secured(Duty.SUPERVISION)
    public int confirmDue() {
        return records.confirmDue(clock.instant());
    }

    /** Cost by responsibility, party, product or month, over whole months. */
    @Secured(Duty.OVERSIGHT)
    public List<CostFigure> costReport(@NotNull CostDimension dimension, @NotNull YearMonth from, @NotNull YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidInput("to", "chargeback.error.period");
        }
        return records.costReport(dimension, from, to);
    }

    private static Long partyId(ShareDraft share, CaseDetail detail) {
        return switch (share.getParty()) {
            case PROVIDER -> {
                Long id = share.getPartyId() != null ? share.getPartyId() : detail.providerId();
                if (id == null) {
                    throw new InvalidInput("shares", "chargeback.error.noProvider");
                }
                yield id;
            }
            case DEALER -> {
                Long id = share.getPartyId() != null ? share.getPartyId() : detail.dealerId();
                if (id == null) {
                    throw new InvalidInput("shares", "chargeback.error.noDealer");
                }
                yield id;
            }
            case MAKER, CUSTOMER -> null;
        };
    }

    private static CostBearer bearer(Party party) {
        return switch (party) {
            case MAKER -> CostBearer.MAKER;
            case PROVIDER -> CostBearer.PROVIDER;
            case DEALER -> CostBearer.DEALER;
            case CUSTOMER -> CostBearer.CUSTOMER;
        };
    }

    private Scope scope() {
        UserPrincipal principal = caller.require();
        if (principal.can(Duty.SUPERVISION) || principal.can(Duty.OVERSIGHT)) {
            return Scope.ALL;
        }
        if (principal.hasRole(Role.PROVIDER) && principal.providerId() != null) {
            return new Scope(principal.providerId(), null);
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return new Scope(null, principal.dealerId());
        }
        throw new AccessDenied(principal.username() + " sees no chargebacks");
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
