package com.aftersales.crm.customer.control;

import com.aftersales.crm.platform.control.Row;
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
 * Read model of the customer lists (search, probable duplicates, merge candidates). It reads beyond the customer
 * tables on purpose: the page shows the registering dealer's name ({@code dealer}) and the address
 * ({@code region_address}), and the filters are the caller's {@link Scope} and the warranty card search, both on
 * {@code installation_archive} — one paged statement each, where an enrichment per row would be N+1.
 */
@Dependent
public class CustomerSearch {

    /** One customer of a list, as stored: the phone in digits, the address as region and street. */
    public record Hit(long id, String name, String customerClass, String mainPhoneDigits, String regionAddress,
                      String street, boolean suburban, String dealer, Instant createdAt) {
    }

    private static final Map<String, String> SORTS = Map.of("name", "c.name", "createdAt", "c.created_at", "id", "c.id");

    private static final String HIT_COLUMNS = """
            select c.id, c.name, c.customer_class,
                   (select p.number from customer_phone p where p.customer_id = c.id order by p.position limit 1),
                   region_address(c.region_code), c.street, c.suburban, d.name, c.created_at
            from customer c left join dealer d on d.id = c.dealer_id
            """;

    @PersistenceContext
    EntityManager em;

    public List<Hit> search(SearchQuery query, Scope scope, int first, int max, String sortField, boolean ascending) {
        SqlStatement page = searchStatement(query, scope, first, max, sortField, ascending);
        return hits(page.sql(), page.parameters());
    }

    /** The statement {@link #search} runs (public for the benchmark's baseline, which runs it through plain JDBC). */
    public static SqlStatement searchStatement(SearchQuery query, Scope scope, int first, int max, String sortField,
                                               boolean ascending) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, scope, parameters);
        String order = SqlValues.sortColumn(SORTS, sortField, "c.name") + (ascending ? " asc" : " desc") + ", c.id";
        parameters.add(max);
        parameters.add(first);
        return new SqlStatement(HIT_COLUMNS + where + " order by " + order + " limit ? offset ?", parameters);
    }

    /** How many customers match, counted up to {@code cap}. */
    public long count(SearchQuery query, Scope scope, int cap) {
        SqlStatement count = countStatement(query, scope, cap);
        return Row.of(SqlValues.bind(em.createNativeQuery(count.sql()), count.parameters()).getSingleResult()).longValue(0);
    }

    /** The statement {@link #count} runs (public for the benchmark's baseline). */
    public static SqlStatement countStatement(SearchQuery query, Scope scope, int cap) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, scope, parameters);
        parameters.add(cap);
        return new SqlStatement("select count(*) from (select 1 from customer c " + where + " limit ?) hits", parameters);
    }

    /** Live customers (other than {@code exceptId}) with one of these numbers (digits), at most 20. */
    public List<Hit> withPhones(List<String> numbers, Long exceptId, Scope scope) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(String.join(",", numbers));
        parameters.add(exceptId == null ? -1L : exceptId);
        for (Object p : scope.parameter()) {
            parameters.add(p);
        }
        return hits(HIT_COLUMNS + """
                where c.merged_into_id is null
                  and exists (select 1 from customer_phone p where p.customer_id = c.id and p.number = any(string_to_array(?, ',')))
                  and c.id <> ?::bigint and
                """ + scope.condition() + " order by c.id limit 20", parameters);
    }

    /** The live customer with this id, whoever may see it (the merge dialog's "#123"). */
    public List<Hit> live(long id) {
        return hits(HIT_COLUMNS + " where c.merged_into_id is null and c.id = ?", List.of(id));
    }

    /**
     * Probable duplicates of a customer: another live record with one of its phones, or whose name starts with its
     * name ("王芳" and "王芳 (新)"), same phone first, at most 20.
     */
    public List<Hit> probableDuplicatesOf(long id, String name, List<String> phones, Scope scope) {
        String numbers = String.join(",", phones);
        List<Object> parameters = new ArrayList<>();
        parameters.add(numbers);
        // the name as a LIKE prefix, its wildcards escaped: served by the name prefix index
        parameters.add(name.strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        parameters.add(id);
        for (Object p : scope.parameter()) {
            parameters.add(p);
        }
        parameters.add(numbers);
        return hits(HIT_COLUMNS + """
                where c.merged_into_id is null
                  and (exists (select 1 from customer_phone p where p.customer_id = c.id
                                 and p.number = any(string_to_array(?, ',')))
                       or c.name like ?)
                  and c.id <> ?::bigint and
                """ + scope.condition() + " order by exists (select 1 from customer_phone p where p.customer_id = c.id"
                + " and p.number = any(string_to_array(?, ','))) desc, c.id limit 20", parameters);
    }

    private static String where(SearchQuery query, Scope scope, List<Object> parameters) {
        String search = query.condition(parameters);
        for (Object p : scope.parameter()) {
            parameters.add(p);
        }
        return " where c.merged_into_id is null and " + search + " and " + scope.condition();
    }

    private List<Hit> hits(String sql, List<Object> parameters) {
        return Row.map(SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList(),
                r -> new Hit(r.longValue(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.bool(6), r.text(7),
                        r.instant(8)));
    }
}
