package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.servicecase.control.CaseAccess.CaseScope;
import com.aftersales.crm.servicecase.entity.CaseDetail;
import com.aftersales.crm.servicecase.entity.CaseFilter;
import com.aftersales.crm.servicecase.entity.CaseRow;
import com.aftersales.crm.servicecase.entity.Escalation;
import com.aftersales.crm.shared.SlaBadge;
import com.aftersales.crm.shared.SqlStatement;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Read model of the case lists, the case page and the supervisors' escalations. It reads {@code customer},
 * {@code dealer} and {@code service_provider} with the cases on purpose: the lists filter and sort by the customer's
 * name and show it and the provider's on every row, the page shows the customer's address and the organisations;
 * one paged statement each, where an enrichment per row would be N+1 (and the name filter needs the join anyway).
 */
@Dependent
public class CaseListReadModel {

    private static final Map<String, String> SORTS = Map.of(
            "openedAt", "sc.opened_at", "lastActionAt", "sc.last_action_at", "id", "sc.id");

    private static final String ROW_COLUMNS = """
            select sc.id, sc.opened_at, sc.customer_id, c.name, sc.case_type, sc.severity, sc.status, sc.channel,
                   p.name, sc.last_action, sc.last_action_at, sc.escalated_at is not null,
                   sc.first_reply_due, sc.first_replied_at, sc.on_site_due, sc.on_site_at,
                   """ + PauseRecords.pausedNow("FIRST_REPLY") + ", " + PauseRecords.pausedNow("ON_SITE") + """
            from service_case sc
            join customer c on c.id = sc.customer_id
            left join service_provider p on p.id = sc.provider_id
            """;

    @PersistenceContext
    EntityManager em;

    /** A page of the cases in scope, filtered and sorted by the database; newest first unless sorted otherwise. */
    public List<CaseRow> list(CaseFilter filter, CaseScope scope, int first, int max, String sortField, boolean ascending,
                              Instant now) {
        SqlStatement page = listStatement(filter, scope, first, max, sortField, ascending, now);
        return Row.map(SqlValues.bind(em.createNativeQuery(page.sql()), page.parameters()).getResultList(),
                r -> new CaseRow(r.longValue(0), r.instant(1), r.longValue(2), r.text(3), r.text(4), r.text(5), r.text(6),
                        r.text(7), r.text(8), r.text(9), r.instant(10), r.bool(11),
                        SlaBadge.of("CLOSED".equals(r.get(6)), r.instant(12), r.instant(13), r.instant(14), r.instant(15), now,
                                r.bool(16), r.bool(17))));
    }

    /**
     * The statement {@link #list} runs (public for the benchmark's baseline, which runs the same text through plain
     * JDBC).
     */
    public static SqlStatement listStatement(CaseFilter filter, CaseScope scope, int first, int max, String sortField,
                                          boolean ascending, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, now, parameters);
        // Without a sortable column named, the newest first: what every case list opens with.
        boolean named = sortField != null && SORTS.containsKey(sortField);
        String column = named ? SORTS.get(sortField) : "sc.opened_at";
        String direction = named && ascending ? " asc" : " desc";
        parameters.add(max);
        parameters.add(first);
        // The page's ids first, from an index alone where V7 has one, then only those cases read and joined. In one
        // go every matching case was read before the sort kept 20 (the cases of a name prefix's customers: p95 110 ms
        // at 2,000,000 cases, now 17 ms; CaseListBenchmark).
        String order = " order by " + column + direction + ", sc.id" + direction;
        return new SqlStatement(ROW_COLUMNS + " where sc.id in (select sc.id from service_case sc "
                + (nameJoined(filter) ? "join customer c on c.id = sc.customer_id " : "") + where + order
                + " limit ? offset ?)" + order, parameters);
    }

    /** How many cases match, counted up to {@code cap}. */
    public long count(CaseFilter filter, CaseScope scope, int cap, Instant now) {
        SqlStatement count = countStatement(filter, scope, cap, now);
        return Row.of(SqlValues.bind(em.createNativeQuery(count.sql()), count.parameters()).getSingleResult()).longValue(0);
    }

    /** The statement {@link #count} runs (public for the benchmark's baseline). */
    public static SqlStatement countStatement(CaseFilter filter, CaseScope scope, int cap, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, now, parameters);
        parameters.add(cap);
        return new SqlStatement("select count(*) from (select 1 from service_case sc "
                + (nameJoined(filter) ? "join customer c on c.id = sc.customer_id " : "")
                + where + " limit ?) hits", parameters);
    }

    /** The case as its page shows it, with its customer and organisations. */
    public CaseDetail detail(long caseId, Instant now) {
        Row r = Row.of(em.createNativeQuery("""
                        select sc.id, sc.customer_id, c.name, region_address(c.region_code) || coalesce(' ' || c.street, ''),
                               sc.suburban, sc.installation_id, sc.dealer_id, d.name, sc.provider_id, p.name, sc.channel,
                               sc.case_type, sc.severity, sc.status, sc.caller_phone, sc.customer_words, sc.answer,
                               sc.opened_at, sc.opened_by, sc.first_reply_due, sc.first_reply_policy_id,
                               sc.first_replied_at, sc.on_site_due, sc.on_site_policy_id, sc.on_site_at,
                               sc.escalated_at, sc.responsibility, sc.cost_bearer, sc.responsibility_note, sc.judged_by,
                               sc.judged_at, sc.customer_accepted_at, sc.closed_at, sc.reopen_count, sc.last_action,
                               sc.last_action_at, sc.brand, sc.product_line, sc.version,
                               """ + PauseRecords.pausedNow("FIRST_REPLY") + ", " + PauseRecords.pausedNow("ON_SITE") + """
                        from service_case sc
                        join customer c on c.id = sc.customer_id
                        left join dealer d on d.id = sc.dealer_id
                        left join service_provider p on p.id = sc.provider_id
                        where sc.id = ?""")
                .setParameter(1, caseId).getSingleResult());
        String status = r.text(13);
        return new CaseDetail(r.longValue(0), r.longValue(1), r.text(2), r.text(3), r.bool(4), r.longOrNull(5),
                r.longOrNull(6), r.text(7), r.longOrNull(8), r.text(9), r.text(10), r.text(11),
                r.text(12), status, r.text(14), r.text(15), r.text(16), r.instant(17), r.text(18),
                r.instant(19), r.longOrNull(20), r.instant(21), r.instant(22), r.longOrNull(23), r.instant(24),
                r.instant(25), r.text(26), r.text(27), r.text(28), r.text(29), r.instant(30),
                r.instant(31), r.instant(32), r.intValue(33), r.text(34), r.instant(35),
                r.text(36), r.text(37), r.longValue(38),
                SlaBadge.of("CLOSED".equals(status), r.instant(19), r.instant(21), r.instant(22), r.instant(24), now,
                        r.bool(39), r.bool(40)));
    }

    /** Escalations not yet acknowledged, newest first. */
    public List<Escalation> openEscalations(int max) {
        return Row.map(em.createNativeQuery("""
                        select e.id, e.case_id, e.reason, e.escalated_at, c.name, sc.case_type, sc.severity, sc.status, p.name
                        from case_escalation e
                        join service_case sc on sc.id = e.case_id
                        join customer c on c.id = sc.customer_id
                        left join service_provider p on p.id = sc.provider_id
                        where e.acknowledged_at is null
                        order by e.escalated_at desc, e.id desc limit ?""")
                .setParameter(1, max).getResultList(),
                r -> new Escalation(r.longValue(0), r.longValue(1), r.text(2), r.instant(3), r.text(4), r.text(5), r.text(6),
                        r.text(7), r.text(8)));
    }

    /** Whether the filter's condition names {@code c}, the case's customer, which then has to be joined. */
    private static boolean nameJoined(CaseFilter filter) {
        String text = filter.getText();
        return text != null && !text.matches("\\d{1,18}") && text.codePointCount(0, text.length()) == 1;
    }

    private static String where(CaseFilter filter, CaseScope scope, Instant now, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        switch (filter.getStage()) {
            case OPEN -> where.append(" and sc.status <> 'CLOSED'");
            case CLOSED -> where.append(" and sc.status = 'CLOSED'");
            default -> { }
        }
        if (filter.getStatus() != null) {
            where.append(" and sc.status = ?");
            parameters.add(filter.getStatus());
        }
        if (filter.getType() != null) {
            where.append(" and sc.case_type = ?");
            parameters.add(filter.getType());
        }
        if (filter.getSeverity() != null) {
            where.append(" and sc.severity = ?");
            parameters.add(filter.getSeverity());
        }
        if (filter.isEscalatedOnly()) {
            where.append(" and sc.escalated_at is not null");
        }
        if (filter.isOverdueOnly()) {
            where.append(" and sc.status <> 'CLOSED' and ((sc.first_replied_at is null and sc.first_reply_due < ?"
                    + " and not " + PauseRecords.pausedNow("FIRST_REPLY") + ")"
                    + " or (sc.on_site_at is null and sc.on_site_due < ? and not " + PauseRecords.pausedNow("ON_SITE") + "))");
            parameters.add(java.sql.Timestamp.from(now));
            parameters.add(java.sql.Timestamp.from(now));
        }
        if (filter.getCustomerId() != null) {
            where.append(" and sc.customer_id = ?");
            parameters.add(filter.getCustomerId());
        }
        if (filter.getProviderId() != null) {
            where.append(" and sc.provider_id = ?");
            parameters.add(filter.getProviderId());
        }
        if (filter.getText() != null) {
            String namePrefix = filter.getText().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            if (filter.getText().matches("\\d{1,18}")) {
                where.append(" and sc.id = ?");
                parameters.add(Long.parseLong(filter.getText()));
            } else if (nameJoined(filter)) {
                // One character, a surname tens of thousands share: the newest cases filtered by it find a page first.
                where.append(" and c.name like ? and c.merged_into_id is null");
                parameters.add(namePrefix);
            } else {
                // Longer, a few hundred customers: those first, then their cases (V7's customer indexes). Left to
                // itself the planner expects cases of every customer found (most have none) and often scanned the
                // newest cases instead, reading 24,000 for 20 (140 ms).
                where.append(" and sc.customer_id = any(array(select c.id from customer c"
                        + " where c.name like ? and c.merged_into_id is null))");
                parameters.add(namePrefix);
            }
        }
        return where.toString();
    }
}
