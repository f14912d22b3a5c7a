package com.aftersales.crm.information.boundary;

import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.information.entity.Direction;
import com.aftersales.crm.information.entity.InformationItem;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.aftersales.crm.shared.SqlValues.instant;

/**
 * 市场信息反馈. A dealer or provider files an item for the department (answered by the information officers and
 * supervisors); the department sends an item to a network point (answered by that point). Either way the answer is due
 * within the policy's days ({@value #ANSWER_DAYS}, manual: 3). A network point sees only its own items, whatever id it
 * sends; an item naming a customer appears in that customer's 360 timeline, with its answer.
 */
@Stateless
@Secured({Role.DEALER, Role.PROVIDER, Role.INFO_OFFICER, Role.SUPERVISOR, Role.ADMIN})
public class InformationItems {

    public static final String ANSWER_DAYS = "information.answer-days";

    private static final String ROW_COLUMNS = """
            select i.id, i.direction, coalesce(d.name, p.name), i.category, i.urgency, i.subject, i.content, i.proposal,
                   i.customer_id, c.name, pr.name, i.filed_at, i.filed_by, i.answer_due, i.answered_at, i.answered_by,
                   i.answer, i.overdue_recorded_at is not null
            from information_item i
            left join dealer d on d.id = i.dealer_id
            left join service_provider p on p.id = i.provider_id
            left join customer c on c.id = i.customer_id
            left join product pr on pr.id = i.product_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Customers customers;

    @Inject
    Timeline timeline;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    /** A dealer or provider user files an item for the department, on behalf of its organisation. */
    @Secured({Role.DEALER, Role.PROVIDER})
    public long file(@NotNull InformationDraft draft) {
        UserPrincipal user = caller.require();
        Long dealerId = user.hasRole(Role.DEALER) ? user.dealerId() : null;
        Long providerId = dealerId == null ? user.providerId() : null;
        return create(Direction.FROM_NETWORK, dealerId, providerId, draft, user.username());
    }

    /** The department sends an item to one dealer or provider, which must answer it. */
    @Secured({Role.INFO_OFFICER, Role.SUPERVISOR, Role.ADMIN})
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
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("information item " + itemId);
        }
        if (late) {
            InformationWatch.recordAgainstNetworkPoint(em, itemId);
        }
        if (item.getCustomerId() != null) {
            timeline.append(item.getCustomerId(), "INFORMATION_ANSWERED", "#" + itemId + " " + item.getSubject(),
                    "INFORMATION", itemId);
        }
    }

    public InformationRow detail(long itemId) {
        find(itemId);
        return rows(ROW_COLUMNS + " where i.id = ?", List.of(itemId)).get(0);
    }

    /** The caller's items (a network point: its own), newest first; optionally only those still owed an answer. */
    public List<InformationRow> list(Direction direction, boolean openOnly, boolean overdueOnly, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(direction, openOnly, overdueOnly, parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        return rows(ROW_COLUMNS + where + " order by i.filed_at desc, i.id desc limit ? offset ?", parameters);
    }

    public long count(Direction direction, boolean openOnly, boolean overdueOnly) {
        List<Object> parameters = new ArrayList<>();
        String where = where(direction, openOnly, overdueOnly, parameters);
        return ((Number) SqlValues.bind(em.createNativeQuery("select count(*) from information_item i" + where), parameters)
                .getSingleResult()).longValue();
    }

    private long create(Direction direction, Long dealerId, Long providerId, InformationDraft draft, String by) {
        if (draft.getCustomerId() != null) {
            customers.requireVisible(draft.getCustomerId());
        }
        Instant now = clock.instant();
        PolicyVersion days = policies.inForce(ANSWER_DAYS, null, null, now);
        InformationItem item = new InformationItem(new InformationItem.Filing(direction, dealerId, providerId,
                draft.getCategory(), draft.getUrgency(), draft.getSubject(), draft.getContent(), draft.getProposal(),
                draft.getCustomerId(), draft.getProductId()), now, by, now.plus(Duration.ofDays(days.asInt())), days.id());
        em.persist(item);
        em.flush();
        if (item.getCustomerId() != null) {
            timeline.append(item.getCustomerId(), "INFORMATION_FILED", "#" + item.getId() + " " + item.getSubject(),
                    "INFORMATION", item.getId());
        }
        return item.getId();
    }

    private String where(Direction direction, boolean openOnly, boolean overdueOnly, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        UserPrincipal user = caller.require();
        if (!headOffice(user)) {
            if (user.hasRole(Role.DEALER) && user.dealerId() != null) {
                where.append(" and i.dealer_id = ?");
                parameters.add(user.dealerId());
            } else if (user.hasRole(Role.PROVIDER) && user.providerId() != null) {
                where.append(" and i.provider_id = ?");
                parameters.add(user.providerId());
            } else {
                throw new AccessDenied(user.username() + " sees no information items");
            }
        }
        if (direction != null) {
            where.append(" and i.direction = ?");
            parameters.add(direction.name());
        }
        if (openOnly || overdueOnly) {
            where.append(" and i.answered_at is null");
        }
        if (overdueOnly) {
            where.append(" and i.answer_due < ?");
            parameters.add(Timestamp.from(clock.instant()));
        }
        return where.toString();
    }

    /** Head office sees every item; a network point only its own — another's is "not found". */
    private InformationItem find(long itemId) {
        InformationItem item = em.find(InformationItem.class, itemId);
        UserPrincipal user = caller.require();
        boolean visible = item != null && (headOffice(user)
                || user.hasRole(Role.DEALER) && item.getDealerId() != null && item.getDealerId().equals(user.dealerId())
                || user.hasRole(Role.PROVIDER) && item.getProviderId() != null && item.getProviderId().equals(user.providerId()));
        if (!visible) {
            throw new NotFound("information item " + itemId);
        }
        return item;
    }

    private static boolean headOffice(UserPrincipal user) {
        return user.hasAnyRole(Role.INFO_OFFICER, Role.SUPERVISOR, Role.ADMIN);
    }

    private List<InformationRow> rows(String sql, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(r -> new InformationRow(((Number) r[0]).longValue(),
                Direction.valueOf((String) r[1]), (String) r[2],
                com.aftersales.crm.information.entity.InformationCategory.valueOf((String) r[3]),
                com.aftersales.crm.information.entity.Urgency.valueOf((String) r[4]), (String) r[5], (String) r[6],
                (String) r[7], r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], (String) r[10],
                instant(r[11]), (String) r[12], instant(r[13]), instant(r[14]), (String) r[15], (String) r[16],
                (Boolean) r[17])).toList();
    }
}
