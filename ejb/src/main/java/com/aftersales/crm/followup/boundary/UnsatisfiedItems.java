package com.aftersales.crm.followup.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.followup.control.FollowUpRepository;
import com.aftersales.crm.followup.control.FollowUpWindow;
import com.aftersales.crm.followup.control.UnsatisfiedItemRepository;
import com.aftersales.crm.followup.entity.FollowUpCall;
import com.aftersales.crm.followup.entity.FollowUpKind;
import com.aftersales.crm.followup.entity.ItemRound;
import com.aftersales.crm.followup.entity.ItemRoundView;
import com.aftersales.crm.followup.entity.ItemRow;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.followup.entity.UnsatisfiedItem;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.calendar.boundary.WorkingCalendar;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.survey.boundary.SurveyResult;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 回访不满意跟进: the items an unsatisfied customer opens for the provider. The provider sees only its own (another's is
 * "not found"), replies with its handling and result within the deadline in force when the round opened (a late reply,
 * or none by the deadline, is recorded against it once); each reply puts a re-call in the agents' queue, and the item
 * stays open, round after round, until a re-call finds the customer satisfied.
 */
@Stateless
@Secured(Duty.DISPATCH)
public class UnsatisfiedItems {

    public static final String REPLY_DEADLINE = "followup.provider-reply";

    @Inject
    UnsatisfiedItemRepository items;

    @Inject
    FollowUpRepository followUps;

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    @Inject
    PolicyLookup policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    /** The caller's items (a provider: its own), open ones first by deadline, then the resolved, latest first. */
    public List<ItemRow> list(ItemStatus status, boolean overdueOnly, int first, int max) {
        return items.list(ownProvider(), status, overdueOnly, clock.instant(), first, max);
    }

    public long count(ItemStatus status, boolean overdueOnly) {
        return items.count(ownProvider(), status, overdueOnly, clock.instant());
    }

    public ItemDetail detail(long itemId) {
        requireVisible(itemId);
        return detailFor(itemId);
    }

    /** The provider's answer for the current round; the customer goes back into the agents' queue for a re-call. */
    @Secured(Duty.PROVIDER_SUPERVISION)
    public void reply(long itemId, String handling, String result) {
        requireVisible(itemId);
        UnsatisfiedItem item = aggregates.find(UnsatisfiedItem.class, itemId, "item");
        Instant now = clock.instant();
        ItemRound round = round(itemId, item.getRound());
        item.replied();
        round.reply(handling, result, caller.require().username(), now);
        FollowUpCall origin = aggregates.find(FollowUpCall.class, item.getFollowUpId(), "follow-up");
        PolicyVersion window = policies.inForce(FollowUpKind.RECALL.windowPolicy(), null, null, now);
        FollowUpCall recall = new FollowUpCall(FollowUpKind.RECALL, "R:" + round.getId(),
                new FollowUpCall.Subject(item.getCustomerId(), item.getInstallationId(), item.getCaseId(),
                        origin.getOrderId(), item.getProviderId(), origin.getDealerId(), itemId),
                now, FollowUpWindow.due(now, window.value(), window.unit(), calendar::addWorkingDays), window.id(), now);
        followUps.add(recall);
        flush(itemId);
        round.recalledBy(recall.getId());
        timeline.append(item.getCustomerId(), "FOLLOW_UP_ITEM_REPLIED", "#" + itemId + " " + result.trim(),
                "FOLLOW_UP_ITEM", itemId);
    }

    /** Opens an item for an unsatisfied answer (called by the follow-up service, in its transaction). */
    @Secured(Duty.CALL_CENTRE)
    public long open(long followUpId, SurveyResult answer) {
        FollowUpCall call = aggregates.find(FollowUpCall.class, followUpId, "follow-up");
        Instant now = answer.answeredAt();
        UnsatisfiedItem item = new UnsatisfiedItem(followUpId, call.getCustomerId(), call.getProviderId(),
                call.getCaseId(), call.getInstallationId(), now);
        items.add(item);
        flush(followUpId);
        startRound(item, answer, now);
        timeline.append(item.getCustomerId(), "FOLLOW_UP_ITEM_OPENED", "#" + item.getId(), "FOLLOW_UP_ITEM", item.getId());
        return item.getId();
    }

    /** A re-call's answer: satisfied resolves the item, unsatisfied starts its next round. */
    @Secured(Duty.CALL_CENTRE)
    public void recalled(long itemId, long followUpId, SurveyResult answer) {
        UnsatisfiedItem item = aggregates.find(UnsatisfiedItem.class, itemId, "item");
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

    @Secured(Duty.CALL_CENTRE)
    public ItemDetail detailFor(long itemId) {
        ItemRow row = items.row(itemId).orElseThrow(() -> new NotFound("item " + itemId));
        List<ItemRoundView> rounds = items.rounds(itemId);
        return new ItemDetail(row, items.followUpOf(itemId), rounds);
    }

    private void startRound(UnsatisfiedItem item, SurveyResult answer, Instant now) {
        PolicyVersion deadline = policies.inForce(REPLY_DEADLINE, null, null, now);
        items.add(new ItemRound(item.getId(), item.getRound(), answer.responseId(), now,
                FollowUpWindow.due(now, deadline.value(), deadline.unit(), calendar::addWorkingDays), deadline.id()));
    }

    private ItemRound round(long itemId, int round) {
        return items.round(itemId, round);
    }

    /** A provider sees its own items only (none when its account names no provider); head office sees every item. */
    private Long ownProvider() {
        UserPrincipal principal = caller.require();
        if (principal.can(Duty.CALL_CENTRE)) {
            return null;
        }
        return principal.providerId() == null ? -1L : principal.providerId();
    }

    /** Head office sees every item; a provider only its own — another's is "not found", whatever id is sent. */
    private void requireVisible(long itemId) {
        UserPrincipal principal = caller.require();
        Long provider = items.providerOf(itemId).orElse(null);
        boolean visible = provider != null && (principal.can(Duty.CALL_CENTRE)
                || principal.hasRole(Role.PROVIDER) && provider.equals(principal.providerId()));
        if (!visible) {
            throw new NotFound("item " + itemId);
        }
    }

    private void flush(long id) {
        aggregates.flush("item", id);
    }
}
