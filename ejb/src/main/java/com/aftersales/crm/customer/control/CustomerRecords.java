package com.aftersales.crm.customer.control;

import com.aftersales.crm.platform.control.AggregateStore;
import com.aftersales.crm.customer.entity.Customer;
import com.aftersales.crm.platform.control.Row;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The customer aggregate's statements: loading and saving it, its 360 record, and the merge. Three read beyond the
 * customer tables, each for a reason given on it: the record's region and dealer, the region check, the merge.
 */
@Dependent
public class CustomerRecords extends AggregateStore<Customer> {

    /** A customer's record as stored, the phones in digits. */
    public record Detail(long id, String name, String customerClass, List<String> phoneDigits, String regionCode,
                         String regionAddress, String street, boolean suburban, Integer marketLevel, Long dealerId,
                         String dealer, String note, long version, Instant createdAt, Long mergedIntoId) {
    }

    public CustomerRecords() {
        super(Customer.class, "customer");
    }

    /** Both customers of a merge, locked against any other change until the merge commits; empty if one is missing. */
    public Optional<Customer[]> lockForMerge(long keptId, long goneId) {
        Customer kept = em.find(Customer.class, keptId, LockModeType.PESSIMISTIC_WRITE);
        Customer gone = em.find(Customer.class, goneId, LockModeType.PESSIMISTIC_WRITE);
        return kept == null || gone == null ? Optional.empty() : Optional.of(new Customer[] {kept, gone});
    }

    /**
     * The record with its region's market level and address and its dealer's name: reads {@code region} and
     * {@code dealer} in the same statement, the 360 showing them at once.
     */
    public Detail detail(long id) {
        Row row = Row.of(em.createNativeQuery("""
                        select c.id, c.name, c.customer_class, c.region_code, region_address(c.region_code), c.street,
                               c.suburban, r.market_level, c.dealer_id, d.name, c.note, c.version, c.created_at, c.merged_into_id
                        from customer c join region r on r.code = c.region_code left join dealer d on d.id = c.dealer_id
                        where c.id = ?""")
                .setParameter(1, id).getSingleResult());
        @SuppressWarnings("unchecked")
        List<String> phones = em.createNativeQuery("select number from customer_phone where customer_id = ? order by position")
                .setParameter(1, id).getResultList();
        return new Detail(row.longValue(0), row.text(1), row.text(2), phones, row.text(3).trim(), row.text(4), row.text(5),
                row.bool(6), row.intOrNull(7), row.longOrNull(8), row.text(9), row.text(10), row.longValue(11),
                row.instant(12), row.longOrNull(13));
    }

    /**
     * Whether a customer may live in this region: a city or district, not a province. Reads {@code region} directly,
     * as the region area offers no kind with its options.
     */
    public boolean isAddressRegion(String code) {
        return Row.of(em.createNativeQuery("select count(*) from region where code = ? and kind <> 'PROVINCE'")
                .setParameter(1, code).getSingleResult()).intValue(0) > 0;
    }

    /**
     * Points every record that refers to {@code goneId} at {@code keptId}, whichever area's table it is in: the
     * foreign keys to {@code customer} are read from the catalogue, so a table added later moves too. The
     * persistence context is cleared after, as these updates bypass it.
     */
    public void moveReferences(long goneId, long keptId) {
        em.flush();
        List<String[]> references = Row.map(em.createNativeQuery("""
                select cl.relname, a.attname
                from pg_constraint k
                join pg_class cl on cl.oid = k.conrelid
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                where k.contype = 'f' and k.confrelid = 'customer'::regclass
                  and cl.relname not in ('customer', 'customer_phone')""").getResultList(),
                r -> new String[] {quote(r.text(0)), quote(r.text(1))});
        for (String[] reference : references) {
            em.createNativeQuery("update " + reference[0] + " set " + reference[1] + " = ?1 where " + reference[1] + " = ?2")
                    .setParameter(1, keptId).setParameter(2, goneId).executeUpdate();
        }
        em.clear();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
