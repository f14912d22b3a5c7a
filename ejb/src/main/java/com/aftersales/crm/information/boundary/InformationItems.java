package com.aftersales.crm.information.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.information.control.AnswerWindow;
import com.aftersales.crm.information.control.InformationRepository;
import com.aftersales.crm.information.entity.Direction;
import com.aftersales.crm.information.entity.InformationItem;
import com.aftersales.crm.information.entity.InformationRow;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.calendar.boundary.WorkingCalendar;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * 市场信息反馈. A dealer or provider files an item for the department (answered by the information officers and
 * supervisors); the department sends an item to a network point (answered by that point). Either way the answer is due
 * within the policy's days ({@value #ANSWER_DAYS}, manual: 3; on the clock, or in working days when the policy says so). A network point sees only its own items, whatever id it
 * sends; an item naming a customer appears in that customer's 360 timeline, with its answer.
 */
@Stateless
@Secured(Duty.INFORMATION)
public class InformationItems {

    public static final String ANSWER_DAYS = "information.answer-days";

    @Inject
    InformationRepository items;

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    @Inject
    Customers customers;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

    @Inject
    WorkingCalendar calendar;

    @Inject
    Clock clock;

    /** A dealer or provider user files an item for the department, on behalf of its organisation. */
    @Secured(Duty.NETWORK)
    public long file(@NotNull InformationDraft draft) {
        UserPrincipal user = caller.require();
        Long dealerId = user.hasRole(Role.DEALER) ? user.dealerId() : null;
        Long providerId = dealerId == null ? user.providerId() : null;
        return create(Direction.FROM_NETWORK, dealerId, providerId, draft, user.username());
    }

    /** The department sends an item to one dealer or provider, which must answer it. */
    @Secured(Duty.INFORMATION_DESK)
    public long send(@NotNull InformationDraft draft) {
        return create(Direction.TO_NETWORK, draft.getDealerId(), draft.getProviderId(), draft, caller.require().username());
    }

    /**
     * The answer, by whoever the item is addressed to: the department for an item a network point filed, the network
     * point for an item the department sent. An answer after the deadline records the lateness at once.
     */
    public void answer(long itemId, String text) {
        InformationItem item = find(itemId);
        UserPrincipal user = caller.require();
        boolean headOffice = headOffice(user);
        if (item.getDirection() == Direction.FROM_NETWORK ? !headOffice : headOffice) {
            throw new AccessDenied(user.username() + " does not answer item " + itemId);
        }
        Instant now = clock.instant();
        boolean late = item.answer(text, user.username(), now);
        aggregates.flush("information item", itemId);
        if (late) {
            items.recordAgainstNetworkPoint(itemId);
        }
        if (item.getCustomerId() != null) {
            timeline.append(item.getCustomerId(), "INFORMATION_ANSWERED", "#" + itemId + " " + item.getSubject(),
                    "INFORMATION", itemId);
        }
    }

    public InformationRow detail(long itemId) {
        find(itemId);
        return items.row(itemId);
    }

    /** The caller's items (a network point: its own), newest first; optionally only those still owed an answer. */
    public List<InformationRow> list(Direction direction, boolean openOnly, boolean overdueOnly, int first, int max) {
        UserPrincipal user = caller.require();
        return items.list(ownDealer(user), ownProvider(user), direction, openOnly, overdueOnly, clock.instant(), first,
                max);
    }

    public long count(Direction direction, boolean openOnly, boolean overdueOnly) {
        UserPrincipal user = caller.require();
        return items.count(ownDealer(user), ownProvider(user), direction, openOnly, overdueOnly, clock.instant());
    }

    private long create(Direction direction, Long dealerId, Long providerId, InformationDraft draft, String by) {
        if (draft.getCustomerId() != null) {
            customers.requireVisible(draft.getCustomerId());
        }
        Instant now = clock.instant();
        PolicyVersion days = policies.inForce(ANSWER_DAYS, null, null, now);
        InformationItem item = new InformationItem(new InformationItem.Filing(direction, dealerId, providerId,
                draft.getCategory(), draft.getUrgency(), draft.getSubject(), draft.getContent(), draft.getProposal(),
                draft.getCustomerId(), draft.getProductId()), now, by, AnswerWindow.due(now, days.value(), days.unit(), calendar::addWorkingDays), days.id());
        items.add(item);
        if (item.getCustomerId() != null) {
            timeline.append(item.getCustomerId(), "INFORMATION_FILED", "#" + item.getId() + " " + item.getSubject(),
                    "INFORMATION", item.getId());
        }
        return item.getId();
    }

    /** A dealer user sees its dealer's items only; head office every item; anybody else none. */
    private static Long ownDealer(UserPrincipal user) {
        if (headOffice(user)) {
            return null;
        }
        if (user.hasRole(Role.DEALER) && user.dealerId() != null) {
            return user.dealerId();
        }
        if (user.hasRole(Role.PROVIDER) && user.providerId() != null) {
            return null;
        }
        throw new AccessDenied(user.username() + " sees no information items");
    }

    /** A provider user (that is no dealer user) sees its provider's items only. */
    private static Long ownProvider(UserPrincipal user) {
        return headOffice(user) || ownDealer(user) != null ? null : user.providerId();
    }

    /** Head office sees every item; a network point only its own — another's is "not found". */
    private InformationItem find(long itemId) {
        InformationItem item = aggregates.find(InformationItem.class, itemId, "information item");
        UserPrincipal user = caller.require();
        boolean visible = (headOffice(user)
                || user.hasRole(Role.DEALER) && item.getDealerId() != null && item.getDealerId().equals(user.dealerId())
                || user.hasRole(Role.PROVIDER) && item.getProviderId() != null && item.getProviderId().equals(user.providerId()));
        if (!visible) {
            throw new NotFound("information item " + itemId);
        }
        return item;
    }

    private static boolean headOffice(UserPrincipal user) {
        return user.can(Duty.INFORMATION_DESK);
    }
}
