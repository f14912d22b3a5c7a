package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.followup.control.FollowUpWindow;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.ItemRound;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.followup.entity.UnsatisfiedItem;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import com.aftersales.crm.survey.boundary.SurveyResult;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * 回访不满意跟进: the items an unsatisfied customer opens for the provider. The provider sees only its own (another's is
 * "not found"), replies with its handling and result within the deadline in force when the round opened (a late reply,
 * or none by the deadline, is recorded against it once); each reply puts a re-call in the agents' queue, and the item
 * stays open, round after round, until a re-call finds the customer satisfied.
 */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.PROVIDER})
public class UnsatisfiedItems {

    public static final String REPLY_DEADLINE = "followup.provider-reply";

    private static final String ROW_COLUMNS = """
            select i.id, i.status, i.round, i.customer_id, c.name, i.provider_id, p.name, i.case_id, i.opened_at,
                   r.reply_due, r.late_recorded_at is not null, i.resolved_at
            from unsatisfied_item i
            join customer c on c.id = i.customer_id
            join service_provider p on p.id = i.provider_id
            join unsatisfied_item_round r on r.item_id = i.id and r.round = i.round
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    PolicyLookup policies;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    /** The caller's items (a provider: its own), open ones first by deadline, then the resolved, latest first. */
    public List<ItemRow> list(ItemStatus status, boolean overdueOnly, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(status, overdueOnly, parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery(ROW_COLUMNS + where
                + " order by i.status = 'RESOLVED', r.reply_due, i.id limit ? offset ?"), parameters).getResultList();
        return rows.stream().map(UnsatisfiedItems::row).toList();
    }

    public long count(ItemStatus status, boolean overdueOnly) {
        List<Object> parameters = new ArrayList<>();
        String where = where(status, overdueOnly, parameters);
        return ((Number) SqlValues.bind(em.createNativeQuery("select count(*) from unsatisfied_item i"
                + " join unsatisfied_item_round r on r.item_id = i.id and r.round = i.round" + where), parameters)
                .getSingleResult()).longValue();
    }

    public ItemDetail detail(long itemId) {
        requireVisible(itemId);
        return detailFor(itemId);
    }

    /** The provider's answer for the current round; the customer goes back into the agents' queue for a re-call. */
    @Secured({Role.PROVIDER, Role.SUPERVISOR, Role.ADMIN})
    public void reply(long itemId, String handling, String result) {
        requireVisible(itemId);
        UnsatisfiedItem item = em.find(UnsatisfiedItem.class, itemId);
        Instant now = clock.instant();
        ItemRound round = round(itemId, item.getRound());
        item.replied();
        round.reply(handling, result, caller.require().username(), now);
        FollowUpCall origin = em.find(FollowUpCall.class, item.getFollowUpId());
        PolicyVersion window = policies.inForce(FollowUpKind.RECALL.windowPolicy(), null, null, now);
        FollowUpCall recall = new FollowUpCall(FollowUpKind.RECALL, "R:" + round.getId(),
                new FollowUpCall.Subject(item.getCustomerId(), item.getInstallationId(), item.getCaseId(),
                        origin.getOrderId(), item.getProviderId(), origin.getDealerId(), itemId),
                now, FollowUpWindow.due(now, window.value(), window.unit()), window.id(), now);
        em.persist(recall);
        flush(itemId);
        round.recalledBy(recall.getId());
        timeline.append(item.getCustomerId(), "FOLLOW_UP_ITEM_REPLIED", "#" + itemId + " " + result.trim(),
                "FOLLOW_UP_ITEM", itemId);
    }

    /** Opens an item for an unsatisfied answer (called by the follow-up service, in its transaction). */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public long open(long followUpId, SurveyResult answer) {
        FollowUpCall call = em.find(FollowUpCall.class, followUpId);
        Instant now = answer.answeredAt();
        UnsatisfiedItem item = new UnsatisfiedItem(followUpId, call.getCustomerId(), call.getProviderId(),
                call.getCaseId(), call.getInstallationId(), now);
        em.persist(item);
        flush(followUpId);
        startRound(item, answer, now);
        timeline.append(item.getCustomerId(), "FOLLOW_UP_ITEM_OPENED", "#" + item.getId(), "FOLLOW_UP_ITEM", item.getId());
        return item.getId();
    }

    /** A re-call's answer: satisfied resolves the item, unsatisfied starts its next round. */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void recalled(long itemId, long followUpId, SurveyResult answer) {
        UnsatisfiedItem item = em.find(UnsatisfiedItem.class, itemId);
        Instant now = answer.answeredAt();
        if (answer.satisfied()) {
            item.resolved(now);
            timeline.append(item.getCustomerId(), "FOLLOW_UP_ITEM_RESOLVED", "#" + itemId, "FOLLOW_UP_ITEM", itemId);
        } else {
            item.stillUnsatisfied();
            startRound(item, answer, now);
            timeline.append(item.getCustomerId(), "FOLLOW_UP_ITEM_OPENED", "#" + itemId + " (" + item.getRound() + ")",
                    "FOLLOW_UP_ITEM", itemId);
        }
        flush(itemId);
    }

    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public ItemDetail detailFor(long itemId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ROW_COLUMNS + " where i.id = ?").setParameter(1, itemId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("item " + itemId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rounds = em.createNativeQuery("""
                        select r.round, r.response_id, s.overall, s.comment, r.opened_at, r.reply_due, r.reply_policy_id,
                               r.replied_at, r.replied_by, r.handling, r.result, r.late_recorded_at is not null, r.recall_id
                        from unsatisfied_item_round r join survey_response s on s.id = r.response_id
                        where r.item_id = ? order by r.round""")
                .setParameter(1, itemId).getResultList();
        long followUpId = ((Number) em.createNativeQuery("select follow_up_id from unsatisfied_item where id = ?")
                .setParameter(1, itemId).getSingleResult()).longValue();
        return new ItemDetail(row(rows.get(0)), followUpId, rounds.stream().map(r -> new ItemRoundView(
                ((Number) r[0]).intValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), (String) r[3],
                instant(r[4]), instant(r[5]), ((Number) r[6]).longValue(), instant(r[7]), (String) r[8], (String) r[9],
                (String) r[10], (Boolean) r[11], r[12] == null ? null : ((Number) r[12]).longValue())).toList());
    }

    private void startRound(UnsatisfiedItem item, SurveyResult answer, Instant now) {
        PolicyVersion deadline = policies.inForce(REPLY_DEADLINE, null, null, now);
        em.persist(new ItemRound(item.getId(), item.getRound(), answer.responseId(), now,
                FollowUpWindow.due(now, deadline.value(), deadline.unit()), deadline.id()));
    }

    private ItemRound round(long itemId, int round) {
        return em.createQuery("select r from ItemRound r where r.itemId = :item and r.round = :round", ItemRound.class)
                .setParameter("item", itemId).setParameter("round", round).getSingleResult();
    }

    private String where(ItemStatus status, boolean overdueOnly, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        UserPrincipal principal = caller.require();
        if (!principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            where.append(" and i.provider_id = ?");
            parameters.add(principal.providerId() == null ? -1L : principal.providerId());
        }
        if (status != null) {
            where.append(" and i.status = ?");
            parameters.add(status.name());
        }
        if (overdueOnly) {
            where.append(" and i.status = 'AWAITING_REPLY' and r.reply_due < ?");
            parameters.add(Timestamp.from(clock.instant()));
        }
        return where.toString();
    }

    /** Head office sees every item; a provider only its own — another's is "not found", whatever id is sent. */
    private void requireVisible(long itemId) {
        UserPrincipal principal = caller.require();
        Number provider = (Number) em.createNativeQuery("select max(provider_id) from unsatisfied_item where id = ?")
                .setParameter(1, itemId).getSingleResult();
        boolean visible = provider != null && (principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)
                || principal.hasRole(Role.PROVIDER) && Long.valueOf(provider.longValue()).equals(principal.providerId()));
        if (!visible) {
            throw new NotFound("item " + itemId);
        }
    }

    private void flush(long id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("item " + id);
        }
    }

    private static ItemRow row(Object[] r) {
        return new ItemRow(((Number) r[0]).longValue(), ItemStatus.valueOf((String) r[1]), ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), (String) r[4], ((Number) r[5]).longValue(), (String) r[6],
                r[7] == null ? null : ((Number) r[7]).longValue(), instant(r[8]), instant(r[9]), (Boolean) r[10],
                instant(r[11]));
    }
}
