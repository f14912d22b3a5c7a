package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.followup.control.RetrySchedule;
import com.aftersales.crm.followup.entity.CallOutcome;
import com.aftersales.crm.followup.entity.FollowUpAttempt;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.FollowUpStatus;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.servicecase.boundary.ServiceCases;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import com.aftersales.crm.survey.boundary.SurveyResult;
import com.aftersales.crm.survey.boundary.SurveySubject;
import com.aftersales.crm.survey.boundary.Surveys;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * The agents' call queue (回访). "Next call" hands the agent the most urgent follow-up it may call now and reserves it
 * for the policy's time, in one statement that skips rows another agent is claiming at the same instant, so that no
 * follow-up is ever handed to two agents; an agent holds one reservation at a time. Attempts and the survey are
 * recorded here, with what they imply: retries at another time of day, unreachable after the last allowed failure,
 * the provider's item for an unsatisfied customer, the case's closing for a satisfied one.
 */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
public class FollowUps {

    public static final String CLAIM = "followup.claim-minutes";
    public static final String RETRY_ATTEMPTS = "followup.retry.max-attempts";
    public static final String RETRY_GAP = "followup.retry.min-gap";

    private static final String ROW_COLUMNS = """
            select f.id, f.kind, f.status, f.customer_id, c.name, f.case_id, f.installation_id, p.name, f.due_at,
                   f.priority, f.ready_at, f.claimed_by, f.claim_expires_at, f.attempts, f.last_outcome, f.completed_at,
                   f.satisfied, r.id
            from follow_up f
            join customer c on c.id = f.customer_id
            left join service_provider p on p.id = f.provider_id
            left join survey_response r on r.follow_up_id = f.id
            """;

    /**
     * "Next call" in one round trip: the agent's own live reservation if it holds one; otherwise the head of the queue
     * — open, callable now, not reserved, deadline first then priority — reserved for the agent for the claim policy's
     * minutes. Rows another agent is claiming at the same instant are skipped (FOR UPDATE SKIP LOCKED), and a row
     * claimed meanwhile fails the re-check of the WHERE clause, so no follow-up is ever handed to two agents.
     * FollowUpQueueBenchmark: 50 agents at once on 5,000,000 follow-ups.
     */
    private static final String CLAIM_NEXT = """
            with held as (
                select id from follow_up
                where status = 'OPEN' and claimed_by = ?1 and claim_expires_at > ?2
                limit 1),
            claimed as (
                update follow_up
                set claimed_by = ?1,
                    claim_expires_at = cast(?2 as timestamptz) + (select p.value::integer from policy_value p
                                             where p.policy_key = '@CLAIM@' and p.effective_from <= ?2
                                             order by p.effective_from desc limit 1) * interval '1 minute'
                where not exists (select 1 from held)
                  and id = (select id from follow_up
                            where status = 'OPEN' and ready_at <= ?2
                              and (claim_expires_at is null or claim_expires_at <= ?2)
                            order by due_at, priority, id
                            limit 1 for update skip locked)
                returning id)
            select id from held union all select id from claimed""".replace("@CLAIM@", CLAIM);

    @PersistenceContext
    EntityManager em;

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
        @SuppressWarnings("unchecked")
        List<Number> claimed = em.createNativeQuery(CLAIM_NEXT)
                .setParameter(1, agent()).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        return claimed.stream().findFirst().map(Number::longValue);
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
        int taken = em.createNativeQuery("""
                        update follow_up set claimed_by = ?, claim_expires_at = ?
                        where id = ? and status = 'OPEN'
                          and (claimed_by is null or claimed_by = ? or claim_expires_at <= ?)""")
                .setParameter(1, agent).setParameter(2, Timestamp.from(claimUntil(now))).setParameter(3, followUpId)
                .setParameter(4, agent).setParameter(5, Timestamp.from(now)).executeUpdate();
        if (taken == 0) {
            throw new InvalidInput("followUp", "followup.error.reservedByAnother");
        }
        em.createNativeQuery("""
                        update follow_up set claimed_by = null, claim_expires_at = null
                        where status = 'OPEN' and claimed_by = ? and id <> ?""")
                .setParameter(1, agent).setParameter(2, followUpId).executeUpdate();
    }

    /** Gives a reserved follow-up back to the queue. */
    public void release(long followUpId) {
        em.createNativeQuery("""
                        update follow_up set claimed_by = null, claim_expires_at = null
                        where id = ? and status = 'OPEN' and claimed_by = ?""")
                .setParameter(1, followUpId).setParameter(2, agent()).executeUpdate();
    }

    /** The call screen's follow-up: the row, attempts so far and, for a re-call, the item it is about. */
    public CallSheet sheet(long followUpId) {
        FollowUpCall call = find(followUpId);
        FollowUpRow row = rows(ROW_COLUMNS + " where f.id = ?", List.of(followUpId)).get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = em.createNativeQuery("""
                        select attempt_no, agent, called_at, outcome, call_back_at, note
                        from follow_up_attempt where follow_up_id = ? order by attempt_no""")
                .setParameter(1, followUpId).getResultList();
        String dealer = call.getDealerId() == null ? null : (String) em.createNativeQuery("select name from dealer where id = ?")
                .setParameter(1, call.getDealerId()).getSingleResult();
        return new CallSheet(row, call.getOrderId(), dealer, call.getWindowPolicyId(), call.getFailedAttempts(),
                attempts.stream().map(a -> new AttemptView(((Number) a[0]).intValue(), (String) a[1], instant(a[2]),
                        CallOutcome.valueOf((String) a[3]), instant(a[4]), (String) a[5])).toList(),
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
        @SuppressWarnings("unchecked")
        List<Object> failedAt = em.createNativeQuery("""
                        select called_at from follow_up_attempt
                        where follow_up_id = ? and outcome in ('NO_ANSWER', 'BUSY', 'WRONG_NUMBER')""")
                .setParameter(1, followUpId).getResultList();
        List<Instant> tried = new ArrayList<>(failedAt.stream().map(SqlValues::instant).toList());
        tried.add(now);
        Instant retryAt = RetrySchedule.next(now, tried, Duration.ofHours(gap.asInt()));
        int attemptNo = call.attempted(outcome, agent, now, callBackAt, maxFailures, retryAt);
        em.persist(new FollowUpAttempt(followUpId, attemptNo, agent, now, outcome, callBackAt, note));
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
        em.persist(new FollowUpAttempt(followUpId, attemptNo, agent, now, CallOutcome.REACHED, null, comment));
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
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        String order = filter.getStatus() == FollowUpStatus.OPEN ? " order by f.due_at, f.priority, f.id"
                : " order by f.due_at desc, f.id desc";
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        return rows(ROW_COLUMNS + " where f.id in (select f.id from follow_up f" + where + order + " limit ? offset ?)"
                + order, parameters);
    }

    /** How many follow-ups match, counted up to 1000 + 1. */
    public long count(FollowUpFilter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(1001);
        return ((Number) SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from follow_up f" + where
                + " limit ?) hits"), parameters).getSingleResult()).longValue();
    }

    /** The follow-ups about a case, for its page (whoever may see the case). */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER, Role.PROVIDER})
    public List<FollowUpRow> forCase(long caseId) {
        cases.requireVisible(caseId);
        return rows(ROW_COLUMNS + " where f.case_id = ? order by f.created_at, f.id", List.of(caseId));
    }

    private String where(FollowUpFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (filter.getStatus() != null) {
            where.append(" and f.status = ?");
            parameters.add(filter.getStatus().name());
        }
        if (filter.getKind() != null) {
            where.append(" and f.kind = ?");
            parameters.add(filter.getKind().name());
        }
        if (filter.isOverdueOnly()) {
            where.append(" and f.status = 'OPEN' and f.due_at < ?");
            parameters.add(Timestamp.from(clock.instant()));
        }
        String text = filter.getText();
        if (text != null) {
            String digits = text.replaceAll("[\\s-]", "");
            if (digits.matches("\\d{1,10}")) {
                where.append(" and f.id = ?");
                parameters.add(Long.parseLong(digits));
            } else if (digits.matches("\\d{11,16}")) {
                where.append(" and f.customer_id in (select customer_id from customer_phone where number = ?)");
                parameters.add(digits);
            } else {
                where.append(" and f.customer_id = any(array(select c.id from customer c"
                        + " where c.name like ? and c.merged_into_id is null limit 1000))");
                parameters.add(SqlValues.containsPattern(text).replaceFirst("^%", ""));
            }
        }
        return where.toString();
    }

    private List<FollowUpRow> rows(String sql, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(r -> new FollowUpRow(((Number) r[0]).longValue(), FollowUpKind.valueOf((String) r[1]),
                FollowUpStatus.valueOf((String) r[2]), ((Number) r[3]).longValue(), (String) r[4], nullableId(r[5]),
                nullableId(r[6]), (String) r[7], instant(r[8]), ((Number) r[9]).intValue(), instant(r[10]),
                (String) r[11], instant(r[12]), ((Number) r[13]).intValue(),
                r[14] == null ? null : CallOutcome.valueOf((String) r[14]), instant(r[15]), (Boolean) r[16],
                nullableId(r[17]))).toList();
    }

    private Instant claimUntil(Instant now) {
        PolicyVersion claim = policies.inForce(CLAIM, null, null, now);
        return now.plus(Duration.ofMinutes(claim.asInt()));
    }

    private FollowUpCall find(long followUpId) {
        FollowUpCall call = em.find(FollowUpCall.class, followUpId);
        if (call == null) {
            throw new NotFound("follow-up " + followUpId);
        }
        return call;
    }

    private void flush(long followUpId) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("follow-up " + followUpId);
        }
    }

    private String agent() {
        return caller.require().username();
    }

    private static Long nullableId(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
