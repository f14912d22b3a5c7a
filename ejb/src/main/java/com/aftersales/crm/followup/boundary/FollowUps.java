package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.dealer.boundary.Dealers;
import com.aftersales.crm.followup.control.FollowUpRepository;
import com.aftersales.crm.followup.control.RetrySchedule;
import com.aftersales.crm.followup.entity.AttemptView;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.followup.entity.FollowUpAttempt;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpRow;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.survey.boundary.SurveyResult;
import com.aftersales.crm.survey.boundary.SurveySubject;
import com.aftersales.crm.survey.boundary.Surveys;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agents' call queue (回访). "Next call" hands the agent the most urgent follow-up it may call now and reserves it
 * for the policy's time, in one statement that skips rows another agent is claiming at the same instant, so that no
 * follow-up is ever handed to two agents; an agent holds one reservation at a time. Attempts and the survey are
 * recorded here, with what they imply: retries at another time of day, unreachable after the last allowed failure,
 * the provider's item for an unsatisfied customer, the case's closing for a satisfied one.
 */
@Stateless
@Secured(Duty.CALL_CENTRE)
public class FollowUps {

    public static final String CLAIM = FollowUpRepository.CLAIM;
    public static final String RETRY_ATTEMPTS = "followup.retry.max-attempts";
    public static final String RETRY_GAP = "followup.retry.min-gap";

    @Inject
    FollowUpRepository followUps;

    @Inject
    Aggregates aggregates;

    @Inject
    Dealers dealers;

    @Inject
    Caller caller;

    @Inject
    PolicyLookup policies;

    @Inject
    Surveys surveys;

    @Inject
    ServiceCases cases;

    @Inject
    UnsatisfiedItems items;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    /**
     * 下一个回访: the follow-up the agent already holds, or the most urgent free one, reserved for the agent.
     * Empty when nothing can be called now.
     */
    public Optional<Long> nextCall() {
        return followUps.claimNext(agent(), clock.instant());
    }

    /**
     * Takes a particular follow-up (found by search): reserved for the agent unless another agent holds it now. The
     * agent's other reservation, if any, is released.
     */
    public void take(long followUpId) {
        String agent = agent();
        Instant now = clock.instant();
        FollowUpCall call = find(followUpId);
        if (call.getStatus() != FollowUpStatus.OPEN) {
            throw new IllegalTransition("followUp", call.getStatus(), com.aftersales.crm.followup.entity.FollowUpAction.CLAIM);
        }
        if (!followUps.take(followUpId, agent, claimUntil(now), now)) {
            throw new InvalidInput("followUp", "followup.error.reservedByAnother");
        }
    }

    /** Gives a reserved follow-up back to the queue. */
    public void release(long followUpId) {
        followUps.release(followUpId, agent());
    }

    /** The call screen's follow-up: the row, attempts so far and, for a re-call, the item it is about. */
    public CallSheet sheet(long followUpId) {
        FollowUpCall call = find(followUpId);
        FollowUpRow row = followUps.row(followUpId);
        List<AttemptView> attempts = followUps.attempts(followUpId);
        String dealer = call.getDealerId() == null ? null : dealers.name(call.getDealerId());
        return new CallSheet(row, call.getOrderId(), dealer, call.getWindowPolicyId(), call.getFailedAttempts(), attempts,
                call.getItemId() == null ? null : items.detailFor(call.getItemId()));
    }

    /**
     * An attempt that did not reach a survey: no answer, busy, wrong number (retried at another time of day until the
     * policy's attempts are spent, then unreachable), refused (ends it), call back at the customer's time.
     */
    public void attempt(long followUpId, CallOutcome outcome, Instant callBackAt, String note) {
        FollowUpCall call = find(followUpId);
        String agent = agent();
        Instant now = clock.instant();
        int maxFailures = policies.inForce(RETRY_ATTEMPTS, null, null, now).asInt();
        PolicyVersion gap = policies.inForce(RETRY_GAP, null, null, now);
        List<Instant> tried = new ArrayList<>(followUps.failedAttemptTimes(followUpId));
        tried.add(now);
        Instant retryAt = RetrySchedule.next(now, tried, Duration.ofHours(gap.asInt()));
        int attemptNo = call.attempted(outcome, agent, now, callBackAt, maxFailures, retryAt);
        followUps.add(new FollowUpAttempt(followUpId, attemptNo, agent, now, outcome, callBackAt, note));
        flush(followUpId);
        String kind = switch (call.getStatus()) {
            case UNREACHABLE -> "FOLLOW_UP_UNREACHABLE";
            case REFUSED -> "FOLLOW_UP_REFUSED";
            default -> "FOLLOW_UP_" + outcome.name();
        };
        timeline.append(call.getCustomerId(), kind, "#" + followUpId + (note == null || note.isBlank() ? "" : " " + note),
                "FOLLOW_UP", followUpId);
    }

    /**
     * The customer was reached and answered the survey. Satisfied: the case it is about closes if it waits for the
     * customer's acceptance, a re-call resolves its item. Unsatisfied: the provider gets an item (or its next round)
     * with the reply deadline in force, and the case keeps waiting.
     */
    public SurveyResult survey(long followUpId, long templateId, Map<Long, String> answers, String comment) {
        FollowUpCall call = find(followUpId);
        String agent = agent();
        Instant now = clock.instant();
        if (call.reservedByAnother(agent, now)) {
            throw new InvalidInput("followUp", "followup.error.reservedByAnother");
        }
        SurveyResult result = surveys.record(templateId, new SurveySubject(followUpId, call.getCustomerId(),
                call.getProviderId(), call.getDealerId(), call.getCaseId(), call.getInstallationId()), answers, comment, agent);
        int attemptNo = call.surveyed(result.satisfied(), agent, now);
        followUps.add(new FollowUpAttempt(followUpId, attemptNo, agent, now, CallOutcome.REACHED, null, comment));
        flush(followUpId);
        timeline.append(call.getCustomerId(), result.satisfied() ? "SURVEY_SATISFIED" : "SURVEY_UNSATISFIED",
                "#" + followUpId + " " + result.overall() + "/5" + (comment == null || comment.isBlank() ? "" : " " + comment),
                "FOLLOW_UP", followUpId);
        if (call.getKind() == FollowUpKind.RECALL) {
            items.recalled(call.getItemId(), followUpId, result);
        } else if (!result.satisfied() && call.getProviderId() != null) {
            items.open(followUpId, result);
        }
        if (call.getCaseId() != null) {
            cases.followUpAnswered(call.getCaseId(), followUpId, result.satisfied(), result.overall() + "/5");
        }
        return result;
    }

    /** A page of follow-ups, most urgent first (finished ones: latest first). */
    public List<FollowUpRow> list(FollowUpFilter filter, int first, int max) {
        return followUps.list(filter.getStatus(), filter.getKind(), filter.isOverdueOnly(), filter.getText(),
                clock.instant(), first, max);
    }

    /** How many follow-ups match, counted up to 1000 + 1. */
    public long count(FollowUpFilter filter) {
        return followUps.count(filter.getStatus(), filter.getKind(), filter.isOverdueOnly(), filter.getText(),
                clock.instant());
    }

    /** The follow-ups about a case, for its page (whoever may see the case). */
    @Secured(Duty.CUSTOMER_SERVICE)
    public List<FollowUpRow> forCase(long caseId) {
        cases.requireVisible(caseId);
        return followUps.forCase(caseId);
    }

    private Instant claimUntil(Instant now) {
        PolicyVersion claim = policies.inForce(CLAIM, null, null, now);
        return now.plus(Duration.ofMinutes(claim.asInt()));
    }

    private FollowUpCall find(long followUpId) {
        return aggregates.find(FollowUpCall.class, followUpId, "follow-up");
    }

    private void flush(long followUpId) {
        aggregates.flush("follow-up", followUpId);
    }

    private String agent() {
        return caller.require().username();
    }
}
