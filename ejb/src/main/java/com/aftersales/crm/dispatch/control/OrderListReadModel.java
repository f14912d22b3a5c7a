package com.aftersales.crm.dispatch.control;

import com.aftersales.crm.dispatch.entity.CrewMember;
import com.aftersales.crm.dispatch.entity.OrderFilter;
import com.aftersales.crm.dispatch.entity.OrderRow;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.shared.SlaBadge;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Read model of the order lists and an order's page. It reads {@code service_case}, {@code customer},
 * {@code service_provider} and {@code technician} with the orders on purpose: every row shows the customer to visit,
 * the case's type and clocks (the "overdue" filter is on them; a clock paused in {@code sla_pause} is neither), the
 * provider and the crew; one paged statement, where
 * an enrichment per row would be N+1.
 */
@Dependent
public class OrderListReadModel {

    private static final String ROW_COLUMNS = """
            select o.id, o.case_id, c.name,
                   (select ph.number from customer_phone ph where ph.customer_id = c.id order by ph.position limit 1),
                   region_address(c.region_code) || coalesce(' ' || c.street, ''), sc.case_type, sc.severity, o.status,
                   o.repair, o.agreed_visit_at, o.tolerance_minutes, o.sent_at, p.name,
                   (select string_agg(t.certificate_level || '|' || t.name, chr(31) order by t.name)
                    from dispatch_technician dt join technician t on t.id = dt.technician_id where dt.order_id = o.id),
                   o.on_site_at, o.punctual, o.customer_opinion, o.customer_remarks, o.handling, o.materials,
                   o.returned_at, o.checked_by, o.instructions, sc.status,
                   sc.first_reply_due, sc.first_replied_at, sc.on_site_due, sc.on_site_at,
                   """ + paused("FIRST_REPLY") + ", " + paused("ON_SITE") + """
                   , o.version
            from dispatch_order o
            join service_case sc on sc.id = o.case_id
            join customer c on c.id = sc.customer_id
            join service_provider p on p.id = o.provider_id
            """;

    @PersistenceContext
    EntityManager em;

    public OrderRow detail(long orderId, Instant now) {
        return rows(ROW_COLUMNS + " where o.id = ?", List.of(orderId), now).get(0);
    }

    /** The orders of a case, oldest first; only one provider's when {@code providerOnly} is set. */
    public List<OrderRow> forCase(long caseId, Long providerOnly, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(caseId));
        String where = " where o.case_id = ?";
        if (providerOnly != null) {
            where += " and o.provider_id = ?";
            parameters.add(providerOnly);
        }
        return rows(ROW_COLUMNS + where + " order by o.sent_at, o.id", parameters, now);
    }

    /** A page of orders, soonest visit first; only one provider's when {@code providerOnly} is set. */
    public List<OrderRow> list(OrderFilter filter, Long providerOnly, int first, int max, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, providerOnly, now, parameters);
        parameters.add(max);
        parameters.add(first);
        return rows(ROW_COLUMNS + where + " order by o.agreed_visit_at, o.id limit ? offset ?", parameters, now);
    }

    /** How many orders match, counted up to {@code cap}. */
    public long count(OrderFilter filter, Long providerOnly, int cap, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, providerOnly, now, parameters);
        parameters.add(cap);
        return Row.of(SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from dispatch_order o "
                + "join service_case sc on sc.id = o.case_id" + where + " limit ?) hits"), parameters)
                .getSingleResult()).longValue(0);
    }

    private static String where(OrderFilter filter, Long providerOnly, Instant now, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        if (providerOnly != null) {
            where.append(" and o.provider_id = ?");
            parameters.add(providerOnly);
        }
        if (filter.isLiveOnly()) {
            where.append(" and o.status not in ('RETURNED', 'CANCELLED')");
        }
        if (filter.getStatus() != null) {
            where.append(" and o.status = ?");
            parameters.add(filter.getStatus());
        }
        if (filter.isOverdueOnly()) {
            Timestamp at = Timestamp.from(now);
            where.append(" and o.status not in ('RETURNED', 'CANCELLED') and ("
                    + "(o.on_site_at is null and o.agreed_visit_at + make_interval(mins => o.tolerance_minutes) < ?)"
                    + " or (sc.first_replied_at is null and sc.first_reply_due < ? and not " + paused("FIRST_REPLY") + ")"
                    + " or (sc.on_site_at is null and sc.on_site_due < ? and not " + paused("ON_SITE") + "))");
            parameters.add(at);
            parameters.add(at);
            parameters.add(at);
        }
        return where.toString();
    }

    /**
     * Whether the case's clock stands paused (停表) now for the maker, the dealer or the customer: read from the service
     * case area's {@code sla_pause} with the case, as its own case list does, so that a paused clock is neither overdue
     * nor running down on the provider's lists.
     */
    private static String paused(String clock) {
        return "exists (select from sla_pause sp where sp.case_id = sc.id and sp.clock = '" + clock
                + "' and sp.cycle = sc.reopen_count and sp.resumed_at is null and sp.rejected_at is null"
                + " and sp.party <> 'PROVIDER')";
    }

    private List<OrderRow> rows(String sql, List<Object> parameters, Instant now) {
        return Row.map(SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList(), r -> {
            String status = r.text(7);
            Instant agreed = r.instant(9);
            int tolerance = r.intValue(10);
            boolean live = !status.equals("RETURNED") && !status.equals("CANCELLED");
            boolean visitLate = live && r.isNull(14) && now.isAfter(agreed.plusSeconds(60L * tolerance));
            List<CrewMember> crew = CrewMember.parse(r.text(13));
            boolean closed = "CLOSED".equals(r.get(23));
            return new OrderRow(r.longValue(0), r.longValue(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                    status, r.bool(8), agreed, tolerance, r.instant(11), r.text(12), CrewMember.legacyText(crew), crew,
                    r.instant(14), (Boolean) r.get(15), r.text(16), r.text(17), r.text(18), r.text(19), r.instant(20),
                    r.text(21), r.text(22), visitLate,
                    SlaBadge.of(closed, r.instant(24), r.instant(25), r.instant(26), r.instant(27), now, r.bool(28), r.bool(29)),
                    r.bool(29) && !closed && r.isNull(27) ? new SlaBadge(SlaBadge.State.PAUSED, "ON_SITE", null, 0)
                            : SlaBadge.onSite(closed, r.instant(26), r.instant(27), now), r.longValue(30));
        });
    }
}
