package com.aftersales.crm.followup.control;

import com.aftersales.crm.followup.entity.ItemRound;
import com.aftersales.crm.followup.entity.ItemRoundView;
import com.aftersales.crm.followup.entity.ItemRow;
import com.aftersales.crm.followup.entity.ItemStatus;
import com.aftersales.crm.followup.entity.UnsatisfiedItem;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every statement on the unsatisfied items (回访不满意跟进) and their rounds: the lists, an item's rounds, the late replies.
 *
 * <p>A declared <b>read model</b> across areas for the lists and the rounds: each row carries its customer's and
 * provider's names ({@code customer}, {@code service_provider}) and each round the survey answer that opened it
 * ({@code survey_response}), joined in the one paged statement instead of a look-up per row.
 */
@Dependent
public class UnsatisfiedItemRepository {

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

    /**
     * Open items first by deadline, then the resolved, latest first; {@code provider} (null: every provider's) limits
     * them to one provider's, {@code overdueOnly} to those past their deadline at {@code now}.
     */
    public List<ItemRow> list(Long provider, ItemStatus status, boolean overdueOnly, Instant now, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(provider, status, overdueOnly, now, parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        return Row.map(SqlValues.bind(em.createNativeQuery(ROW_COLUMNS + where
                + " order by i.status = 'RESOLVED', r.reply_due, i.id limit ? offset ?"), parameters).getResultList(),
                UnsatisfiedItemRepository::row);
    }

    public long count(Long provider, ItemStatus status, boolean overdueOnly, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(provider, status, overdueOnly, now, parameters);
        return Row.of(SqlValues.bind(em.createNativeQuery("select count(*) from unsatisfied_item i"
                + " join unsatisfied_item_round r on r.item_id = i.id and r.round = i.round" + where), parameters)
                .getSingleResult()).longValue(0);
    }

    public Optional<ItemRow> row(long itemId) {
        return Row.map(em.createNativeQuery(ROW_COLUMNS + " where i.id = ?").setParameter(1, itemId).getResultList(),
                UnsatisfiedItemRepository::row).stream().findFirst();
    }

    /** Every round of the item, first to last, with the answer that opened it. */
    public List<ItemRoundView> rounds(long itemId) {
        return Row.map(em.createNativeQuery("""
                        select r.round, r.response_id, s.overall, s.comment, r.opened_at, r.reply_due, r.reply_policy_id,
                               r.replied_at, r.replied_by, r.handling, r.result, r.late_recorded_at is not null, r.recall_id
                        from unsatisfied_item_round r join survey_response s on s.id = r.response_id
                        where r.item_id = ? order by r.round""")
                .setParameter(1, itemId).getResultList(), r -> new ItemRoundView(r.intValue(0), r.longValue(1),
                r.intValue(2), r.text(3), r.instant(4), r.instant(5), r.longValue(6), r.instant(7), r.text(8), r.text(9),
                r.text(10), r.bool(11), r.longOrNull(12)));
    }

    public long followUpOf(long itemId) {
        return Row.of(em.createNativeQuery("select follow_up_id from unsatisfied_item where id = ?")
                .setParameter(1, itemId).getSingleResult()).longValue(0);
    }

    /** The provider the item is for; empty when there is no such item. */
    public Optional<Long> providerOf(long itemId) {
        return Optional.ofNullable(Row.of(em.createNativeQuery("select max(provider_id) from unsatisfied_item where id = ?")
                .setParameter(1, itemId).getSingleResult()).longOrNull(0));
    }

    public ItemRound round(long itemId, int round) {
        return em.createQuery("select r from ItemRound r where r.itemId = :item and r.round = :round", ItemRound.class)
                .setParameter("item", itemId).setParameter("round", round).getSingleResult();
    }

    public void add(UnsatisfiedItem item) {
        em.persist(item);
    }

    public void add(ItemRound round) {
        em.persist(round);
    }

    /** Records each round whose reply deadline passed without a reply, once, at its deadline; returns how many. */
    public int recordLateReplies(Instant now) {
        return em.createNativeQuery("""
                        update unsatisfied_item_round set late_recorded_at = reply_due
                        where replied_at is null and late_recorded_at is null and reply_due < ?""")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    private static String where(Long provider, ItemStatus status, boolean overdueOnly, Instant now,
                                List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (provider != null) {
            where.append(" and i.provider_id = ?");
            parameters.add(provider);
        }
        if (status != null) {
            where.append(" and i.status = ?");
            parameters.add(status.name());
        }
        if (overdueOnly) {
            where.append(" and i.status = 'AWAITING_REPLY' and r.reply_due < ?");
            parameters.add(Timestamp.from(now));
        }
        return where.toString();
    }

    private static ItemRow row(Row r) {
        return new ItemRow(r.longValue(0), r.enumValue(1, ItemStatus.class), r.intValue(2), r.longValue(3), r.text(4),
                r.longValue(5), r.text(6), r.longOrNull(7), r.instant(8), r.instant(9), r.bool(10), r.instant(11));
    }
}
