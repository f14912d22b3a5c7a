package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.shared.SqlValues;
import com.aftersales.crm.customer.control.Scope;
import com.aftersales.crm.customer.control.SearchQuery;
import com.aftersales.crm.customer.entity.Customer;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import static com.aftersales.crm.shared.SqlValues.instant;
import com.aftersales.crm.shared.PhoneNumber;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.timeline.entity.TimelineEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Customer records: search, create and edit, probable duplicates and merge, and the 360 view. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER, Role.PROVIDER})
public class Customers {

    /** Counting stops here: "1000+" is all a person needs to know to narrow the search. */
    public static final int COUNT_CAP = 1000;

    private static final Map<String, String> SORTS = Map.of("name", "c.name", "createdAt", "c.created_at", "id", "c.id");

    private static final String ROW_COLUMNS = """
            select c.id, c.name, c.customer_class,
                   (select p.number from customer_phone p where p.customer_id = c.id order by p.position limit 1),
                   region_address(c.region_code), c.street, c.suburban, d.name, c.created_at
            from customer c left join dealer d on d.id = c.dealer_id
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    public List<CustomerRow> search(String text, int first, int max, String sortField, boolean ascending) {
        SearchQuery query = SearchQuery.of(text);
        Scope scope = access.scope();
        List<Object> parameters = new ArrayList<>();
        String where = where(query, scope, parameters);
        String order = SqlValues.sortColumn(SORTS, sortField, "c.name") + (ascending ? " asc" : " desc") + ", c.id";
        parameters.add(Math.max(1, Math.min(max, 500)));
        parameters.add(Math.max(0, first));
        return rows(ROW_COLUMNS + where + " order by " + order + " limit ? offset ?", parameters);
    }

    /** How many customers match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(String text) {
        List<Object> parameters = new ArrayList<>();
        String where = where(SearchQuery.of(text), access.scope(), parameters);
        parameters.add(COUNT_CAP + 1);
        return ((Number) SqlValues.bind(em.createNativeQuery("select count(*) from (select 1 from customer c " + where + " limit ?) hits"),
                parameters).getSingleResult()).longValue();
    }

    /** Customers (other than {@code exceptId}) that already have one of these numbers: probably the same person. */
    public List<CustomerRow> probableDuplicates(List<String> phones, Long exceptId) {
        List<String> numbers = normalise(phones).stream().map(PhoneNumber::digits).toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        Scope scope = access.scope();
        List<Object> parameters = new ArrayList<>();
        parameters.add(String.join(",", numbers));
        parameters.add(exceptId == null ? -1L : exceptId);
        for (Object p : scope.parameter()) {
            parameters.add(p);
        }
        return rows(ROW_COLUMNS + """
                where c.merged_into_id is null
                  and exists (select 1 from customer_phone p where p.customer_id = c.id and p.number = any(string_to_array(?, ',')))
                  and c.id <> ?::bigint and
                """ + scope.condition() + " order by c.id limit 20", parameters);
    }

    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public long create(@NotNull @Valid CustomerDraft draft) {
        Instant now = clock.instant();
        Customer customer = new Customer(draft.getName(), draft.getCustomerClass(), region(draft.getRegionCode()), draft.getStreet(),
                draft.isSuburban(), normalise(draft.getPhones()), null, draft.getNote(), now);
        em.persist(customer);
        em.flush();
        timeline.append(customer.getId(), "CUSTOMER_CREATED", customer.getName(), "CUSTOMER", customer.getId());
        return customer.getId();
    }

    /** The record as an editor starts from, version included. */
    public CustomerDraft load(long id) {
        access.requireVisible(id);
        Customer customer = find(id);
        CustomerDraft draft = new CustomerDraft();
        draft.setName(customer.getName());
        draft.setCustomerClass(customer.getCustomerClass());
        draft.setRegionCode(customer.getRegionCode());
        draft.setStreet(customer.getStreet());
        draft.setSuburban(customer.isSuburban());
        draft.setPhones(customer.getPhones().stream().map(digits -> new PhoneNumber(digits).display()).toList());
        draft.setNote(customer.getNote());
        draft.setVersion(customer.getVersion());
        return draft;
    }

    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void update(long id, @NotNull @Valid CustomerDraft draft) {
        Customer customer = find(id);
        if (customer.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("customer " + id);
        }
        customer.change(draft.getName(), draft.getCustomerClass(), region(draft.getRegionCode()), draft.getStreet(),
                draft.isSuburban(), normalise(draft.getPhones()), draft.getNote(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChange("customer " + id);
        }
        timeline.append(id, "CUSTOMER_UPDATED", customer.getName(), "CUSTOMER", id);
    }

    /** The record as the 360 shows it (the 360 itself is {@code Installations.view360}, which adds the installations). */
    public CustomerDetail detail(long id) {
        access.requireVisible(id);
        Object[] row = (Object[]) em.createNativeQuery("""
                        select c.id, c.name, c.customer_class, c.region_code, region_address(c.region_code), c.street,
                               c.suburban, r.market_level, c.dealer_id, d.name, c.note, c.version, c.created_at, c.merged_into_id
                        from customer c join region r on r.code = c.region_code left join dealer d on d.id = c.dealer_id
                        where c.id = ?""")
                .setParameter(1, id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> phones = em.createNativeQuery("select number from customer_phone where customer_id = ? order by position")
                .setParameter(1, id).getResultList();
        return new CustomerDetail(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                phones.stream().map(digits -> new PhoneNumber(digits).display()).toList(), ((String) row[3]).trim(), (String) row[4],
                (String) row[5], (Boolean) row[6], row[7] == null ? null : ((Number) row[7]).intValue(),
                row[8] == null ? null : ((Number) row[8]).longValue(), (String) row[9], (String) row[10],
                ((Number) row[11]).longValue(), instant(row[12]), row[13] == null ? null : ((Number) row[13]).longValue());
    }

    public List<TimelineEntry> timeline(long id, int first, int max) {
        access.requireVisible(id);
        return timeline.page(id, first, Math.min(max, 200));
    }

    /**
     * The customers a supervisor may fold into {@code id}: without a search, its probable duplicates (another record
     * with one of its phone numbers, or whose name starts with its name: "王芳" and "王芳 (新)"), same phone first;
     * with one, the customer search (name, phone, number) less the customer itself. Merged records are never offered.
     */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public List<CustomerRow> mergeCandidates(long id, String text) {
        access.requireVisible(id);
        Customer customer = find(id);
        if (text != null && !text.isBlank()) {
            String digits = text.strip().replaceFirst("^#", "");
            List<CustomerRow> found = new ArrayList<>();
            if (digits.matches("\\d{1,18}") && Long.parseLong(digits) != id) {
                found.addAll(rows(ROW_COLUMNS + " where c.merged_into_id is null and c.id = ?", List.of(Long.parseLong(digits))));
            }
            search(text, 0, 21, "name", true).stream()
                    .filter(row -> row.id() != id && found.stream().noneMatch(f -> f.id() == row.id()))
                    .limit(20 - found.size()).forEach(found::add);
            return found;
        }
        Scope scope = access.scope();
        String phones = String.join(",", customer.getPhones());
        List<Object> parameters = new ArrayList<>();
        parameters.add(phones);
        // the name as a LIKE prefix, its wildcards escaped: served by the name prefix index
        parameters.add(customer.getName().strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        parameters.add(id);
        for (Object p : scope.parameter()) {
            parameters.add(p);
        }
        parameters.add(phones);
        return rows(ROW_COLUMNS + """
                where c.merged_into_id is null
                  and (exists (select 1 from customer_phone p where p.customer_id = c.id
                                 and p.number = any(string_to_array(?, ',')))
                       or c.name like ?)
                  and c.id <> ?::bigint and
                """ + scope.condition() + " order by exists (select 1 from customer_phone p where p.customer_id = c.id"
                + " and p.number = any(string_to_array(?, ','))) desc, c.id limit 20", parameters);
    }

    /**
     * Folds {@code goneId} into {@code keptId}: its phones, installations, timeline and every other record that points
     * at it (whatever later features add) move to the kept customer; the merged record stays, retired, for the audit.
     */
    @Secured({Role.SUPERVISOR, Role.ADMIN})
    public void merge(long keptId, long goneId) {
        if (keptId == goneId) {
            throw new InvalidInput("id", "customer.error.mergeSelf");
        }
        Customer kept = em.find(Customer.class, keptId, LockModeType.PESSIMISTIC_WRITE);
        Customer gone = em.find(Customer.class, goneId, LockModeType.PESSIMISTIC_WRITE);
        if (kept == null || gone == null) {
            throw new NotFound("customer");
        }
        Instant now = clock.instant();
        kept.adoptPhones(gone.getPhones(), now);
        gone.retireInto(keptId, now);
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> references = em.createNativeQuery("""
                select cl.relname, a.attname
                from pg_constraint k
                join pg_class cl on cl.oid = k.conrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                where k.contype = 'f' and k.confrelid = 'customer'::regclass
                  and cl.relname not in ('customer', 'customer_phone')""").getResultList();
        for (Object[] reference : references) {
            em.createNativeQuery("update " + quote((String) reference[0]) + " set " + quote((String) reference[1])
                    + " = ?1 where " + quote((String) reference[1]) + " = ?2")
                    .setParameter(1, keptId).setParameter(2, goneId).executeUpdate();
        }
        em.clear();
        timeline.append(keptId, "CUSTOMER_MERGED", gone.getName() + " #" + goneId, "CUSTOMER", goneId);
    }

    private String where(SearchQuery query, Scope scope, List<Object> parameters) {
        String search = query.condition(parameters);
        for (Object p : scope.parameter()) {
            parameters.add(p);
        }
        return " where c.merged_into_id is null and " + search + " and " + scope.condition();
    }

    private List<CustomerRow> rows(String sql, List<Object> parameters) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SqlValues.bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(r -> new CustomerRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                r[3] == null ? null : new PhoneNumber((String) r[3]).display(),
                r[5] == null ? (String) r[4] : r[4] + " " + r[5], (Boolean) r[6], (String) r[7], instant(r[8]))).toList();
    }

    private Customer find(long id) {
        Customer customer = em.find(Customer.class, id);
        if (customer == null) {
            throw new NotFound("customer " + id);
        }
        return customer;
    }

    private String region(String code) {
        Number found = (Number) em.createNativeQuery("select count(*) from region where code = ? and kind <> 'PROVINCE'")
                .setParameter(1, code).getSingleResult();
        if (found.intValue() == 0) {
            throw new InvalidInput("regionCode", "customer.error.region");
        }
        return code;
    }

    private static List<PhoneNumber> normalise(List<String> phones) {
        List<PhoneNumber> numbers = new ArrayList<>();
        for (String phone : phones == null ? List.<String>of() : phones) {
            if (phone != null && !phone.isBlank()) {
                numbers.add(PhoneNumber.parse(phone));
            }
        }
        return numbers;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
