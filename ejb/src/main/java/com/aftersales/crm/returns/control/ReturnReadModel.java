package com.aftersales.crm.returns.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.returns.control.ReturnAccess.ReturnScope;
import com.aftersales.crm.returns.entity.ReturnFilter;
import com.aftersales.crm.returns.entity.ReturnRow;
import com.aftersales.crm.shared.ProductSpec;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read model of the return request lists and of the names on a request. It reads {@code dealer}, {@code product} and
 * {@code customer} with the requests on purpose: every list row shows the dealer, the product and the customer, the
 * page the product's spec; one statement each, where an enrichment per row would be N+1. The product lookup by id is
 * here too: the product area offers none.
 */
@Dependent
public class ReturnReadModel {

    /** The names a request shows beside its ids. */
    public record Names(String dealer, String customer, String productCode, String productSpec) {
    }

    private static final Map<String, String> SORTS = Map.of("filedAt", "r.filed_at", "lastActionAt", "r.last_action_at",
            "id", "r.id", "defectRate", "r.defect_rate");

    private static final String ROW_COLUMNS = """
            select r.id, r.filed_at, d.name, r.kind, p.code, r.batch_no, r.return_quantity, r.defect_rate, c.name,
                   r.status, r.last_action, r.last_action_at
            from return_request r
            join dealer d on d.id = r.dealer_id
            join product p on p.id = r.product_id
            left join customer c on c.id = r.customer_id
            """;

    @PersistenceContext
    EntityManager em;

    /** A page of the requests in scope, filtered and sorted by the database. */
    public List<ReturnRow> list(ReturnFilter filter, ReturnScope scope, int first, int max, String sortField,
                                boolean ascending) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, parameters);
        String column = SqlValues.sortColumn(SORTS, sortField, "r.last_action_at");
        String direction = ascending ? " asc" : " desc";
        parameters.add(max);
        parameters.add(first);
        return Row.map(SqlValues.bind(em.createNativeQuery(ROW_COLUMNS + where + " order by " + column + direction
                + ", r.id" + direction + " limit ? offset ?"), parameters).getResultList(),
                r -> new ReturnRow(r.longValue(0), r.instant(1), r.text(2), r.text(3), r.text(4), r.text(5), r.intValue(6),
                        r.decimal(7), r.text(8), r.text(9), r.text(10), r.instant(11)));
    }

    /** How many requests match, counted up to {@code cap}. */
    public long count(ReturnFilter filter, ReturnScope scope, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, scope, parameters);
        parameters.add(cap);
        return Row.of(SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from return_request r "
                + where + " limit ?) hits"), parameters).getSingleResult()).longValue(0);
    }

    public Names names(long requestId) {
        Row r = Row.of(em.createNativeQuery("""
                        select d.name, c.name, p.code, p.name, p.category, p.length_mm, p.width_mm, p.thickness_mm,
                               p.veneer_mm, p.colour_grade
                        from return_request r
                        join dealer d on d.id = r.dealer_id
                        join product p on p.id = r.product_id
                        left join customer c on c.id = r.customer_id
                        where r.id = ?""")
                .setParameter(1, requestId).getSingleResult());
        return new Names(r.text(0), r.text(1), r.text(2), ProductSpec.format(r.text(3), r.text(4), r.intValue(5),
                r.intValue(6), r.intValue(7), r.decimal(8), r.text(9)));
    }

    /** Brand and product line of a product, empty for an unknown one: policies may differ by them. */
    public Optional<String[]> productLine(long productId) {
        return Row.map(em.createNativeQuery("select brand, product_line from product where id = ?")
                .setParameter(1, productId).getResultList(), r -> new String[]{r.text(0), r.text(1)}).stream().findFirst();
    }

    private static String where(ReturnFilter filter, ReturnScope scope, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (scope.parameter() != null) {
            parameters.add(scope.parameter());
        }
        if (filter.getStatus() != null) {
            where.append(" and r.status = ?");
            parameters.add(filter.getStatus().name());
        } else if (filter.isOpenOnly()) {
            where.append(" and r.status in ('AWAITING_REGIONAL', 'AWAITING_COMPANY', 'AWAITING_GOODS')");
        }
        return where.toString();
    }
}
