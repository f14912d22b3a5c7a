package com.aftersales.crm.quality.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.quality.control.ComplaintAccess.ComplaintScope;
import com.aftersales.crm.quality.entity.AnswerBadge;
import com.aftersales.crm.quality.entity.ComplaintFilter;
import com.aftersales.crm.quality.entity.ComplaintRow;
import com.aftersales.crm.quality.entity.ComplaintStatus;
import com.aftersales.crm.shared.ProductSpec;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Read model of the complaint lists and of the names on a form. It reads {@code customer}, {@code dealer},
 * {@code product} and {@code policy_value} with the complaints on purpose: every list row shows the customer, the
 * dealer and the product, and the page the product's spec and the answer policy's hours; one statement each, where an
 * enrichment per row would be N+1. The product lookups are here too: the product area offers none by id.
 */
@Dependent
public class ComplaintReadModel {

    /** The names a form shows beside its ids. */
    public record Names(String customer, String dealer, String productCode, String productName, String productCategory,
                        String productSpec, String answerPolicyValue) {
    }

    private static final Map<String, String> SORTS = Map.of("lastActionAt", "q.last_action_at",
            "submittedAt", "q.submitted_at", "answerDue", "q.answer_due", "id", "q.id");

    private static final String ROW_COLUMNS = """
            select q.id, q.customer_id, c.name, d.name, p.code, q.status, q.last_action, q.last_action_at,
                   q.submitted_at, q.answer_due, q.answered_at
            from quality_complaint q
            join customer c on c.id = q.customer_id
            left join dealer d on d.id = q.dealer_id
            left join product p on p.id = q.product_id
            """;

    @PersistenceContext
    EntityManager em;

    /** A page of the complaints in scope, filtered and sorted by the database. */
    public List<ComplaintRow> list(ComplaintFilter filter, ComplaintScope scope, int first, int max, String sortField,
                                   boolean ascending, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, now, parameters);
        String column = SqlValues.sortColumn(SORTS, sortField, "q.last_action_at");
        String direction = ascending ? " asc" : " desc";
        parameters.add(max);
        parameters.add(first);
        return Row.map(SqlValues.bind(em.createNativeQuery(ROW_COLUMNS + where + " order by " + column + direction
                + " nulls last, q.id" + direction + " limit ? offset ?"), parameters).getResultList(),
                r -> new ComplaintRow(r.longValue(0), r.longValue(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6),
                        r.instant(7), r.instant(8),
                        AnswerBadge.of(r.enumValue(5, ComplaintStatus.class), r.instant(9), r.instant(10), now)));
    }

    /** How many complaints match, counted up to {@code cap}. */
    public long count(ComplaintFilter filter, ComplaintScope scope, int cap, Instant now) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, now, parameters);
        parameters.add(cap);
        return Row.of(SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from quality_complaint q "
                + where + " limit ?) hits"), parameters).getSingleResult()).longValue(0);
    }

    public Names names(long complaintId) {
        Row r = Row.of(em.createNativeQuery("""
                        select cu.name, d.name, p.code, p.name, p.category, p.length_mm, p.width_mm, p.thickness_mm,
                               p.veneer_mm, p.colour_grade, pv.value
                        from quality_complaint q
                        join customer cu on cu.id = q.customer_id
                        left join dealer d on d.id = q.dealer_id
                        left join product p on p.id = q.product_id
                        left join policy_value pv on pv.id = q.answer_policy_id
                        where q.id = ?""")
                .setParameter(1, complaintId).getSingleResult());
        String spec = r.isNull(2) ? null : ProductSpec.format(r.text(3), r.text(4), r.intValue(5), r.intValue(6),
                r.intValue(7), r.decimal(8), r.text(9));
        return new Names(r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), spec, r.text(10));
    }

    public boolean productExists(long productId) {
        return !em.createNativeQuery("select 1 from product where id = ?").setParameter(1, productId).getResultList().isEmpty();
    }

    /** Brand and product line of a product (null, null for none): policies may differ by them. */
    public String[] productLine(Long productId) {
        if (productId == null) {
            return new String[2];
        }
        Row row = Row.of(em.createNativeQuery("select brand, product_line from product where id = ?")
                .setParameter(1, productId).getSingleResult());
        return new String[]{row.text(0), row.text(1)};
    }

    private static String where(ComplaintFilter filter, ComplaintScope scope, Instant now, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        if (filter.getStatus() != null) {
            where.append(" and q.status = ?");
            parameters.add(filter.getStatus().name());
        }
        if (filter.isOverdueOnly()) {
            where.append(" and q.status = 'SUBMITTED' and q.answer_due < ?");
            parameters.add(Timestamp.from(now));
        }
        return where.toString();
    }
}
