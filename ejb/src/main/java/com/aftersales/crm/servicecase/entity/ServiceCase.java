package com.aftersales.crm.servicecase.entity;

import com.aftersales.crm.shared.Severity;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/**
 * 服务案件: one call (or dealer's, provider's, web request) and everything done about it until the customer accepts the
 * result. Its life cycle is an explicit state machine: each business method checks the state it starts from and
 * refuses anything else with an {@link IllegalTransition}; the boundary writes each change into the audit trail.
 */
@Getter
@Entity
public class ServiceCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    private Long installationId;

    private Long dealerId;

    private Long providerId;

    private Channel channel;

    @Column(name = "case_type")
    private CaseType type;

    private Severity severity;

    private CaseStatus status;

    private String callerPhone;

    private String customerWords;

    private String answer;

    private boolean suburban;

    private String brand;

    private String productLine;

    private Instant openedAt;

    private String openedBy;

    private Instant firstReplyDue;

    private Long firstReplyPolicyId;

    private Instant firstRepliedAt;

    private Instant onSiteDue;

    private Long onSitePolicyId;

    private Instant onSiteAt;

    private Instant escalatedAt;

    private Responsibility responsibility;

    private CostBearer costBearer;

    private String responsibilityNote;

    private String judgedBy;

    private Instant judgedAt;

    private Instant customerAcceptedAt;

    private Instant closedAt;

    private Instant satisfiedAt;

    private int reopenCount;

    private CaseAction lastAction;

    private Instant lastActionAt;

    @Version
    private long version;

    protected ServiceCase() {
    }

    /**
     * Opens a case. A consultation has no clocks (it is answered on the phone or becomes another type of case);
     * every other type runs the two clocks from the moment it opens.
     */
    public ServiceCase(long customerId, Long installationId, Long dealerId, Long providerId, Channel channel, CaseType type,
                       Severity severity, String callerPhone, String customerWords, boolean suburban, String brand,
                       String productLine, Deadlines deadlines, Instant openedAt, String openedBy) {
        if (channel == null) {
            throw new InvalidInput("channel", "validation.required");
        }
        if (type == null) {
            throw new InvalidInput("type", "validation.required");
        }
        if (severity == null) {
            throw new InvalidInput("severity", "validation.required");
        }
        if (customerWords == null || customerWords.isBlank()) {
            throw new InvalidInput("customerWords", "validation.required");
        }
        this.customerId = customerId;
        this.installationId = installationId;
        this.dealerId = dealerId;
        this.providerId = providerId;
        this.channel = channel;
        this.type = type;
        this.severity = severity;
        this.callerPhone = callerPhone;
        this.customerWords = customerWords.trim();
        this.suburban = suburban;
        this.brand = brand;
        this.productLine = productLine;
        this.openedAt = Objects.requireNonNull(openedAt);
        this.openedBy = Objects.requireNonNull(openedBy);
        this.status = CaseStatus.OPEN;
        startClocks(deadlines);
        if (severity == Severity.MAJOR) {
            this.escalatedAt = openedAt;
        }
        touch(CaseAction.OPENED, openedAt);
    }

    /** 咨询类: a consultation answered on the phone closes at once. */
    public CaseStatus answerOnPhone(String answer, Instant now) {
        if (type != CaseType.CONSULTATION) {
            throw new InvalidInput("type", "case.error.onlyConsultationAnswered");
        }
        require(CaseAction.ANSWERED, CaseStatus.OPEN);
        if (answer == null || answer.isBlank()) {
            throw new InvalidInput("answer", "validation.required");
        }
        this.answer = answer.trim();
        this.closedAt = now;
        this.customerAcceptedAt = now;
        return move(CaseStatus.CLOSED, CaseAction.ANSWERED, now);
    }

    /** A dispatch order went to a provider: from now on that provider answers for the case. */
    public CaseStatus dispatched(long providerId, Instant now) {
        if (type == CaseType.CONSULTATION) {
            throw new InvalidInput("type", "case.error.consultationNotDispatched");
        }
        require(CaseAction.DISPATCHED, CaseStatus.OPEN);
        this.providerId = providerId;
        return move(CaseStatus.DISPATCHED, CaseAction.DISPATCHED, now);
    }

    /** The only open order was cancelled: the case waits for another dispatch. */
    public CaseStatus orderCancelled(Instant now) {
        require(CaseAction.ORDER_CANCELLED, CaseStatus.DISPATCHED);
        return move(CaseStatus.OPEN, CaseAction.ORDER_CANCELLED, now);
    }

    /** The provider confirmed the visit with the customer: that is its first reply (回复用户). */
    public void replied(CaseAction action, Instant now) {
        require(action, CaseStatus.DISPATCHED);
        if (firstRepliedAt == null) {
            firstRepliedAt = now;
        }
        touch(action, now);
    }

    /** The technician is at the customer's: the on-site clock stops (and the first reply, if it had not been made). */
    public void onSite(Instant now) {
        require(CaseAction.ORDER_ON_SITE, CaseStatus.DISPATCHED);
        if (firstRepliedAt == null) {
            firstRepliedAt = now;
        }
        if (onSiteAt == null) {
            onSiteAt = now;
        }
        touch(CaseAction.ORDER_ON_SITE, now);
    }

    public void progressed(CaseAction action, Instant now) {
        require(action, CaseStatus.DISPATCHED);
        touch(action, now);
    }

    /** The technician handed the order back (回单): the agent checks it. */
    public CaseStatus orderReturned(Instant now) {
        require(CaseAction.ORDER_RETURNED, CaseStatus.DISPATCHED);
        return move(CaseStatus.RETURNED, CaseAction.ORDER_RETURNED, now);
    }

    /** The agent checked the returned order: accepted, the customer is asked; refused, the case is dispatched again. */
    public CaseStatus checked(boolean accepted, Instant now) {
        CaseAction action = accepted ? CaseAction.CHECKED : CaseAction.CHECK_REFUSED;
        require(action, CaseStatus.RETURNED);
        // the customer's satisfaction counts only about the handling just checked, not an earlier one
        satisfiedAt = null;
        return move(accepted ? CaseStatus.AWAITING_ACCEPTANCE : CaseStatus.OPEN, action, now);
    }

    /** 责任界定, once the service is done (the order returned) and before the case closes. */
    public void judge(Responsibility responsibility, CostBearer bearer, String note, String judge, Instant now) {
        if (status != CaseStatus.RETURNED && status != CaseStatus.AWAITING_ACCEPTANCE) {
            throw new IllegalTransition("case", status, CaseAction.JUDGED);
        }
        if (responsibility == null) {
            throw new InvalidInput("responsibility", "validation.required");
        }
        this.responsibility = responsibility;
        this.costBearer = bearer == null ? responsibility.defaultBearer() : bearer;
        this.responsibilityNote = note == null || note.isBlank() ? null : note.trim();
        this.judgedBy = judge;
        this.judgedAt = now;
        touch(CaseAction.JUDGED, now);
    }

    /**
     * The customer accepted the result (直到客户接受并满意为止): the case closes. A complaint must have its
     * responsibility judged first, since that decides who pays.
     */
    public CaseStatus customerAccepted(Instant now) {
        require(CaseAction.CUSTOMER_ACCEPTED, CaseStatus.AWAITING_ACCEPTANCE);
        if (type == CaseType.COMPLAINT && responsibility == null) {
            throw new InvalidInput("responsibility", "case.error.judgeBeforeClosing");
        }
        if (type == CaseType.COMPLAINT && satisfiedAt == null) {
            throw new InvalidInput("followUp", "case.error.satisfiedFollowUpFirst");
        }
        return close(CaseAction.CUSTOMER_ACCEPTED, now);
    }

    /** The customer is not satisfied: the case goes back to dispatch. */
    public CaseStatus customerNotSatisfied(Instant now) {
        require(CaseAction.CUSTOMER_NOT_SATISFIED, CaseStatus.AWAITING_ACCEPTANCE);
        satisfiedAt = null;
        return move(CaseStatus.OPEN, CaseAction.CUSTOMER_NOT_SATISFIED, now);
    }

    /**
     * A follow-up call asked the customer about the case (回访). Satisfied, a case waiting for the customer's acceptance
     * closes — a complaint only once its responsibility is judged (until then the satisfaction is kept and the
     * judgement closes it through the acceptance). Unsatisfied, the case stays where it is: the provider is handed the
     * dissatisfaction and the customer is called again, until satisfied. A closed case only records the answer.
     */
    public CaseStatus followUpAnswered(boolean satisfied, Instant now) {
        CaseAction action = satisfied ? CaseAction.FOLLOW_UP_SATISFIED : CaseAction.FOLLOW_UP_UNSATISFIED;
        if (status == CaseStatus.CLOSED) {
            return status;
        }
        if (!satisfied) {
            satisfiedAt = null;
            touch(action, now);
            return status;
        }
        satisfiedAt = now;
        if (status == CaseStatus.AWAITING_ACCEPTANCE && (type != CaseType.COMPLAINT || responsibility != null)) {
            return close(action, now);
        }
        touch(action, now);
        return status;
    }

    private CaseStatus close(CaseAction action, Instant now) {
        this.customerAcceptedAt = now;
        this.closedAt = now;
        return move(CaseStatus.CLOSED, action, now);
    }

    /**
     * A closed case comes back (the problem returned, or it was closed by mistake), with new clocks: the customer is
     * owed a reply and a visit again.
     */
    public CaseStatus reopen(Deadlines deadlines, Instant now) {
        require(CaseAction.REOPENED, CaseStatus.CLOSED);
        this.closedAt = null;
        this.customerAcceptedAt = null;
        this.satisfiedAt = null;
        this.reopenCount++;
        this.firstRepliedAt = null;
        this.onSiteAt = null;
        startClocks(deadlines);
        return move(CaseStatus.OPEN, CaseAction.REOPENED, now);
    }

    /** Escalated to the supervisors (by severity at once, or by a breach); the first escalation is the one kept. */
    public void escalated(Instant now) {
        if (escalatedAt == null) {
            escalatedAt = now;
        }
    }

    /**
     * The deadline of a clock still running — the case open, the clock not stopped — or null (stopped, closed, or a
     * consultation, which runs none). Only a running clock may be paused.
     */
    public Instant runningDue(CaseClock clock) {
        if (status == CaseStatus.CLOSED) {
            return null;
        }
        return switch (clock) {
            case FIRST_REPLY -> firstRepliedAt == null ? firstReplyDue : null;
            case ON_SITE -> onSiteAt == null ? onSiteDue : null;
        };
    }

    /** A pause of the clock ended (forwards) or was rejected (backwards): its deadline moves by that much. */
    public void moveDeadline(CaseClock clock, Duration by) {
        if (by.isZero()) {
            return;
        }
        switch (clock) {
            case FIRST_REPLY -> firstReplyDue = Objects.requireNonNull(firstReplyDue).plus(by);
            case ON_SITE -> onSiteDue = Objects.requireNonNull(onSiteDue).plus(by);
        }
    }

    private void startClocks(Deadlines deadlines) {
        if (type == CaseType.CONSULTATION) {
            return;
        }
        Objects.requireNonNull(deadlines, "a case other than a consultation runs its clocks");
        this.firstReplyDue = deadlines.firstReplyDue();
        this.firstReplyPolicyId = deadlines.firstReplyPolicyId();
        this.onSiteDue = deadlines.onSiteDue();
        this.onSitePolicyId = deadlines.onSitePolicyId();
    }

    private void require(CaseAction action, CaseStatus expected) {
        if (status != expected) {
            throw new IllegalTransition("case", status, action);
        }
    }

    private CaseStatus move(CaseStatus to, CaseAction action, Instant now) {
        this.status = to;
        touch(action, now);
        return to;
    }

    private void touch(CaseAction action, Instant now) {
        this.lastAction = action;
        this.lastActionAt = now;
    }

    /**
     * Whether a case in this state, of this type, allows the step: the state machine of the steps above, for the
     * portal and the API to ask before they offer a step (the step itself still refuses what its state does not allow).
     */
    public static boolean allows(CaseStatus status, CaseType type, CaseAction action) {
        return switch (action) {
            case ANSWERED -> status == CaseStatus.OPEN && type == CaseType.CONSULTATION;
            case DISPATCHED -> status == CaseStatus.OPEN && type != CaseType.CONSULTATION;
            case CHECKED, CHECK_REFUSED -> status == CaseStatus.RETURNED;
            case JUDGED -> status == CaseStatus.RETURNED || status == CaseStatus.AWAITING_ACCEPTANCE;
            case CUSTOMER_ACCEPTED, CUSTOMER_NOT_SATISFIED -> status == CaseStatus.AWAITING_ACCEPTANCE;
            case REOPENED -> status == CaseStatus.CLOSED;
            default -> false;
        };
    }

    public boolean isOpenForService() {
        return status != CaseStatus.CLOSED;
    }
}
