package com.aftersales.crm.information.control;

import com.aftersales.crm.information.entity.Direction;
import com.aftersales.crm.information.entity.InformationCategory;
import com.aftersales.crm.information.entity.InformationItem;
import com.aftersales.crm.information.entity.InformationRow;
import com.aftersales.crm.information.entity.Urgency;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every statement on the market information items (市场信息反馈) and on {@code network_event}, the records they leave
 * against a dealer or provider that answered late or not at all.
 *
 * <p>A declared <b>read model</b> for the lists: each row names its dealer or provider, customer and product
 * ({@code dealer}, {@code service_provider}, {@code customer}, {@code product}, joined in the one paged statement).
 * {@code dealer} null and {@code provider} null mean every item (head office).
 */
@Dependent
public class InformationRepository {

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

    public long add(InformationItem item) {
        em.persist(item);
        em.flush();
        return item.getId();
    }

    public InformationRow row(long itemId) {
        return rows(ROW_COLUMNS + " where i.id = ?", List.of(itemId)).get(0);
    }

    /** Newest first; optionally only those still owed an answer, or past their deadline at {@code now}. */
    public List<InformationRow> list(Long dealer, Long provider, Direction direction, boolean openOnly,
                                     boolean overdueOnly, Instant now, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        String where = where(dealer, provider, direction, openOnly, overdueOnly, now, parameters);
        parameters.add(Math.max(1, Math.min(max, 200)));
        parameters.add(Math.max(0, first));
        return rows(ROW_COLUMNS + where + " order by i.filed_at desc, i.id desc limit ? offset ?", parameters);
    }

    public long count(Long dealer, Long provider, Direction direction, boolean openOnly, boolean overdueOnly,
                      Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(dealer, provider, direction, openOnly, overdueOnly, now, parameters);
        return Row.of(SqlValues.bind(em.createNativeQuery("select count(*) from information_item i" + where), parameters)
                .getSingleResult()).longValue(0);
    }

    /**
     * Records each item unanswered at its deadline, once, and — for an item the department sent — the manual's two
     * records against the network point that owed the answer; in one statement. Returns how many items it found.
     */
    public int recordOverdue(Instant now) {
        return Row.of(em.createNativeQuery("""
                        with overdue as (
                            update information_item set overdue_recorded_at = answer_due
                            where answered_at is null and overdue_recorded_at is null and answer_due < ?
                            returning id, direction, dealer_id, provider_id, overdue_recorded_at),
                        recorded as (
                            insert into network_event (dealer_id, provider_id, kind, occurred_at, source_type, source_id)
                            select o.dealer_id, o.provider_id, k.kind, o.overdue_recorded_at, 'INFORMATION_ITEM', o.id
                            from overdue o cross join (values ('INFO_NON_STANDARD'), ('SERVICE_NOT_TIMELY')) as k (kind)
                            where o.direction = 'TO_NETWORK'
                            on conflict (kind, source_type, source_id) do nothing)
                        select count(*) from overdue""")
                .setParameter(1, Timestamp.from(now)).getSingleResult()).intValue(0);
    }

    /**
     * The manual's two records against the network point that owed the answer of one item answered late (none when the
     * department owed it).
     */
    public void recordAgainstNetworkPoint(long itemId) {
        em.createNativeQuery("""
                        insert into network_event (dealer_id, provider_id, kind, occurred_at, source_type, source_id)
                        select i.dealer_id, i.provider_id, k.kind, i.overdue_recorded_at, 'INFORMATION_ITEM', i.id
                        from information_item i
                        cross join (values ('INFO_NON_STANDARD'), ('SERVICE_NOT_TIMELY')) as k (kind)
                        where i.id = ? and i.direction = 'TO_NETWORK' and i.overdue_recorded_at is not null
                        on conflict (kind, source_type, source_id) do nothing""")
                .setParameter(1, itemId).executeUpdate();
    }

    private static String where(Long dealer, Long provider, Direction direction, boolean openOnly, boolean overdueOnly,
                                Instant now, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (dealer != null) {
            where.append(" and i.dealer_id = ?");
            parameters.add(dealer);
        } else if (provider != null) {
            where.append(" and i.provider_id = ?");
            parameters.add(provider);
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
            parameters.add(Timestamp.from(now));
        }
        return where.toString();
    }

    private List<InformationRow> rows(String sql, List<Object> parameters) {
        return Row.map(SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList(), r -> new InformationRow(
                r.longValue(0), r.enumValue(1, Direction.class), r.text(2), r.enumValue(3, InformationCategory.class),
                r.enumValue(4, Urgency.class), r.text(5), r.text(6), r.text(7), r.longOrNull(8), r.text(9), r.text(10),
                r.instant(11), r.text(12), r.instant(13), r.instant(14), r.text(15), r.text(16), r.bool(17)));
    }
}
