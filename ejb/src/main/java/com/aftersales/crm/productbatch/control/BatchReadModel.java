package com.aftersales.crm.productbatch.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.productbatch.entity.BatchAlert;
import com.aftersales.crm.productbatch.entity.BatchFigures;
import com.aftersales.crm.productbatch.entity.BatchFilter;
import com.aftersales.crm.productbatch.entity.BatchInspection;
import com.aftersales.crm.productbatch.entity.BatchThresholds;
import com.aftersales.crm.shared.BatchNo;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Read model of defects by product batch, and the statements on this area's own tables ({@code batch_alert},
 * {@code product_batch_inspection}).
 *
 * <p>A declared <b>read model across areas</b>: it groups, in one statement, the installation area's
 * {@code installation_line} (m² installed per product and batch), the quality area's {@code quality_complaint}
 * (submitted complaints and the m² they affect) and the returns area's {@code return_request} (requests filed,
 * pieces asked back), with {@code product} for the names. Each of those areas could only hand its rows one by one
 * through its boundary; the view and the alert check need one grouped query, on the (product, batch) indexes of V30.
 */
@Dependent
public class BatchReadModel {

    private static final Map<String, String> SORTS = Map.of("ratePercent", "b.rate", "complaints", "b.complaints",
            "affectedM2", "b.affected", "installedM2", "b.installed", "returns", "b.returns", "batchNo", "b.batch_no",
            "productCode", "b.code");

    /** The period's complaints and returns per product and batch, the batches they name, and those batches' lines. */
    private static final String GROUPED = """
            with q as (
                select product_id, batch_no, count(*) as complaints, coalesce(sum(affected_m2), 0) as affected
                from quality_complaint
                where batch_no is not null and status <> 'DRAFT' and product_id is not null
                  and submitted_at >= ? and submitted_at < ?
                group by product_id, batch_no),
            r as (
                select product_id, batch_no, count(*) as returns, sum(return_quantity) as pieces
                from return_request
                where status <> 'WITHDRAWN' and filed_at >= ? and filed_at < ?
                group by product_id, batch_no),
            k as (%s),
            i as (
                select l.product_id, l.batch_no, sum(l.quantity_m2) as installed
                from installation_line l join k on k.product_id = l.product_id and k.batch_no = l.batch_no
                group by l.product_id, l.batch_no),
            b as (
                select k.product_id, p.code, p.name, k.batch_no, coalesce(i.installed, 0) as installed,
                       coalesce(q.complaints, 0) as complaints, coalesce(q.affected, 0) as affected,
                       coalesce(r.returns, 0) as returns, coalesce(r.pieces, 0) as pieces, a.id as alert_id,
                       a.raised_at, coalesce(q.affected, 0) * 100 / nullif(i.installed, 0) as rate
                from k
                join product p on p.id = k.product_id
                left join q on q.product_id = k.product_id and q.batch_no = k.batch_no
                left join r on r.product_id = k.product_id and r.batch_no = k.batch_no
                left join i on i.product_id = k.product_id and i.batch_no = k.batch_no
                left join batch_alert a on a.product_id = k.product_id and a.batch_no = k.batch_no)
            """;

    private static final String ACTIVE_KEYS = "select product_id, batch_no from q union select product_id, batch_no from r";

    @PersistenceContext
    EntityManager em;

    /** A page of the batches named by a complaint or return of the period [from, to), filtered and sorted. */
    public List<BatchFigures> list(BatchFilter filter, Instant from, Instant to, int first, int max, String sortField,
                                   boolean ascending) {
        List<Object> parameters = window(from, to);
        String where = where(filter, parameters);
        String column = SqlValues.sortColumn(SORTS, sortField, "b.rate");
        String direction = ascending ? " asc nulls first" : " desc nulls last";
        parameters.add(max);
        parameters.add(first);
        return figures(SqlValues.bind(em.createNativeQuery(GROUPED.formatted(ACTIVE_KEYS)
                + "select * from b" + where + " order by " + column + direction + ", b.code, b.batch_no"
                + " limit ? offset ?"), parameters).getResultList());
    }

    public long count(BatchFilter filter, Instant from, Instant to) {
        List<Object> parameters = window(from, to);
        String where = where(filter, parameters);
        return Row.of(SqlValues.bind(em.createNativeQuery(GROUPED.formatted(ACTIVE_KEYS)
                + "select count(*) from b" + where), parameters).getSingleResult()).longValue(0);
    }

    /** Every batch of the period (for the alert check: the batches named in a month, a few hundred). */
    public List<BatchFigures> all(Instant from, Instant to) {
        return figures(SqlValues.bind(em.createNativeQuery(GROUPED.formatted(ACTIVE_KEYS) + "select * from b"),
                window(from, to)).getResultList());
    }

    /** One batch's figures for the period, whether or not anything names it in the period; empty for no such product. */
    public Optional<BatchFigures> one(long productId, String batchNo, Instant from, Instant to) {
        List<Object> parameters = window(from, to);
        parameters.add(productId);
        parameters.add(batchNo);
        return figures(SqlValues.bind(em.createNativeQuery(GROUPED.formatted(
                "select cast(? as bigint) as product_id, cast(? as varchar) as batch_no") + "select * from b"),
                parameters).getResultList()).stream().findFirst();
    }

    /** The product of a code, if any (the product area offers no lookup by code). */
    public Optional<Long> productOfCode(String code) {
        return Row.map(em.createNativeQuery("select id from product where code = ?").setParameter(1, code)
                .getResultList(), r -> r.longValue(0)).stream().findFirst();
    }

    /**
     * Raises an alert for each of the batches, once per product and batch (the unique key: a batch alerted before is
     * left as it was). Returns how many were new.
     */
    public int raise(Collection<BatchFigures> crossed, BatchThresholds thresholds, Instant from, Instant to,
                     Instant now) {
        if (crossed.isEmpty()) {
            return 0;
        }
        List<BatchFigures> rows = List.copyOf(crossed);
        return em.createNativeQuery("""
                        insert into batch_alert (product_id, batch_no, raised_at, window_from, window_to, complaints,
                                                 returns, affected_m2, installed_m2, rate_percent, by_complaints,
                                                 by_rate, complaints_policy_id, rate_policy_id, period_policy_id)
                        select t.product_id, t.batch_no, ?1, ?2, ?3, t.complaints, t.returns, t.affected, t.installed,
                               round(t.affected * 100 / nullif(t.installed, 0), 4), t.by_complaints, t.by_rate, ?4, ?5, ?6
                        from unnest(cast(?7 as bigint[]), cast(?8 as text[]), cast(?9 as integer[]),
                                    cast(?10 as integer[]), cast(?11 as numeric[]), cast(?12 as numeric[]),
                                    cast(?13 as boolean[]), cast(?14 as boolean[]))
                             as t (product_id, batch_no, complaints, returns, affected, installed, by_complaints, by_rate)
                        on conflict (product_id, batch_no) do nothing""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(from))
                .setParameter(3, Timestamp.from(to))
                .setParameter(4, thresholds.complaintsPolicyId()).setParameter(5, thresholds.ratePolicyId())
                .setParameter(6, thresholds.periodPolicyId())
                .setParameter(7, column(rows, BatchFigures::productId))
                .setParameter(8, column(rows, BatchFigures::batchNo))
                .setParameter(9, column(rows, BatchFigures::complaints))
                .setParameter(10, column(rows, BatchFigures::returns))
                .setParameter(11, column(rows, f -> f.affectedM2().toPlainString()))
                .setParameter(12, column(rows, f -> f.installedM2().toPlainString()))
                .setParameter(13, column(rows, f -> thresholds.byComplaints(f.complaints())))
                .setParameter(14, column(rows, f -> thresholds.byRate(f.affectedM2(), f.installedM2())))
                .executeUpdate();
    }

    private static final String ALERT_COLUMNS = """
            select a.id, a.product_id, p.code, p.name, a.batch_no, a.raised_at, a.window_from, a.window_to, a.complaints,
                   a.returns, a.affected_m2, a.installed_m2, a.rate_percent, a.by_complaints, a.by_rate,
                   a.acknowledged_by, a.acknowledged_at
            from batch_alert a join product p on p.id = a.product_id
            """;

    /** The alerts, newest first; only those nobody has acknowledged yet when {@code openOnly}. */
    public List<BatchAlert> alerts(boolean openOnly, int first, int max) {
        return Row.map(em.createNativeQuery(ALERT_COLUMNS + (openOnly ? " where a.acknowledged_at is null" : "")
                        + " order by a.raised_at desc, a.id desc limit ? offset ?")
                .setParameter(1, max).setParameter(2, first).getResultList(), BatchReadModel::alert);
    }

    public long countAlerts(boolean openOnly) {
        return Row.of(em.createNativeQuery("select count(*) from batch_alert"
                + (openOnly ? " where acknowledged_at is null" : "")).getSingleResult()).longValue(0);
    }

    public Optional<BatchAlert> alert(long productId, String batchNo) {
        return Row.map(em.createNativeQuery(ALERT_COLUMNS + " where a.product_id = ? and a.batch_no = ?")
                .setParameter(1, productId).setParameter(2, batchNo).getResultList(), BatchReadModel::alert)
                .stream().findFirst();
    }

    /** Marks an alert as seen; false when there is no such open alert. */
    public boolean acknowledge(long alertId, String by, Instant at) {
        return em.createNativeQuery("""
                        update batch_alert set acknowledged_by = ?, acknowledged_at = ?
                        where id = ? and acknowledged_at is null""")
                .setParameter(1, by).setParameter(2, Timestamp.from(at)).setParameter(3, alertId).executeUpdate() == 1;
    }

    /** Records (or replaces) a batch's incoming inspection. */
    public void recordInspection(long productId, String batchNo, BigDecimal inspectedM2, BigDecimal defectiveM2,
                                 String by, Instant at) {
        em.createNativeQuery("""
                        insert into product_batch_inspection (product_id, batch_no, inspected_m2, defective_m2,
                                                              inspected_by, inspected_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (product_id, batch_no) do update
                            set inspected_m2 = excluded.inspected_m2, defective_m2 = excluded.defective_m2,
                                inspected_by = excluded.inspected_by, inspected_at = excluded.inspected_at""")
                .setParameter(1, productId).setParameter(2, batchNo).setParameter(3, inspectedM2)
                .setParameter(4, defectiveM2).setParameter(5, by).setParameter(6, Timestamp.from(at)).executeUpdate();
    }

    public Optional<BatchInspection> inspection(long productId, String batchNo) {
        return Row.map(em.createNativeQuery("""
                        select i.product_id, p.code, i.batch_no, i.inspected_m2, i.defective_m2, i.inspected_by,
                               i.inspected_at
                        from product_batch_inspection i join product p on p.id = i.product_id
                        where i.product_id = ? and i.batch_no = ?""")
                .setParameter(1, productId).setParameter(2, batchNo).getResultList(),
                r -> new BatchInspection(r.longValue(0), r.text(1), r.text(2), r.decimal(3), r.decimal(4), r.text(5),
                        r.instant(6))).stream().findFirst();
    }

    private static BatchAlert alert(Row r) {
        return new BatchAlert(r.longValue(0), r.longValue(1), r.text(2), r.text(3), r.text(4), r.instant(5),
                r.instant(6), r.instant(7), r.intValue(8), r.intValue(9), r.decimal(10), r.decimal(11), r.decimal(12),
                r.bool(13), r.bool(14), r.text(15), r.instant(16));
    }

    private static List<BatchFigures> figures(List<?> results) {
        return Row.map(results, r -> new BatchFigures(r.longValue(0), r.text(1), r.text(2), r.text(3), r.decimal(4),
                r.intValue(5), r.decimal(6), r.intValue(7), r.intValue(8), r.longOrNull(9),
                r.isNull(10) ? null : r.instant(10)));
    }

    /** The period's bounds, once for the complaints and once for the returns. */
    private static List<Object> window(Instant from, Instant to) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamp.from(from));
        parameters.add(Timestamp.from(to));
        parameters.add(Timestamp.from(from));
        parameters.add(Timestamp.from(to));
        return parameters;
    }

    private static String where(BatchFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where true");
        String product = SqlValues.containsPattern(filter.getProduct());
        if (product != null) {
            where.append(" and (b.code ilike ? or b.name ilike ?)");
            parameters.add(product);
            parameters.add(product);
        }
        String batch = SqlValues.containsPattern(BatchNo.clean(filter.getBatch()));
        if (batch != null) {
            where.append(" and b.batch_no like ?");
            parameters.add(batch);
        }
        return where.toString();
    }

    private static <T> String column(Collection<T> rows, Function<T, ?> value) {
        return SqlValues.arrayLiteral(rows.stream().map(value).toList());
    }
}
