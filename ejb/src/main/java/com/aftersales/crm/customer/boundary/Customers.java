package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.customer.control.CustomerAccess;
import com.aftersales.crm.customer.control.CustomerRecords;
import com.aftersales.crm.customer.control.CustomerSearch;
import com.aftersales.crm.customer.control.Scope;
import com.aftersales.crm.customer.control.SearchQuery;
import com.aftersales.crm.customer.entity.Customer;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.Address;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.PhoneNumber;
import com.aftersales.crm.timeline.boundary.Timeline;
import com.aftersales.crm.timeline.entity.TimelineEntry;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Customer records: search, create and edit, probable duplicates and merge, and who may see which customer. */
@Stateless
@Secured(Duty.CUSTOMER_SERVICE)
public class Customers {

    /** Counting stops here: "1000+" is all a person needs to know to narrow the search. */
    public static final int COUNT_CAP = 1000;

    @Inject
    CustomerAccess access;

    @Inject
    CustomerRecords records;

    @Inject
    CustomerSearch lists;

    @Inject
    Caller caller;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    public List<CustomerRow> search(String text, int first, int max, String sortField, boolean ascending) {
        SearchQuery query = SearchQuery.of(text);
        return rows(lists.search(query, scope(), Math.max(0, first), Math.max(1, Math.min(max, 500)), sortField, ascending));
    }

    /** How many customers match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(String text) {
        return lists.count(SearchQuery.of(text), scope(), COUNT_CAP + 1);
    }

    /** Customers (other than {@code exceptId}) that already have one of these numbers: probably the same person. */
    public List<CustomerRow> probableDuplicates(List<String> phones, Long exceptId) {
        List<String> numbers = normalise(phones).stream().map(PhoneNumber::digits).toList();
        if (numbers.isEmpty()) {
            return List.of();
        }
        return rows(lists.withPhones(numbers, exceptId, scope()));
    }

    @Secured(Duty.CALL_CENTRE)
    public long create(@NotNull @Valid CustomerDraft draft) {
        Instant now = clock.instant();
        Customer customer = new Customer(draft.getName(), draft.getCustomerClass(), address(draft), normalise(draft.getPhones()),
                null, draft.getNote(), now);
        records.add(customer);
        timeline.append(customer.getId(), "CUSTOMER_CREATED", customer.getName(), "CUSTOMER", customer.getId());
        return customer.getId();
    }

    /** The record as an editor starts from, version included. */
    public CustomerDraft load(long id) {
        requireVisible(id);
        Customer customer = records.find(id);
        CustomerDraft draft = new CustomerDraft();
        draft.setName(customer.getName());
        draft.setCustomerClass(customer.getCustomerClass());
        draft.setRegionCode(customer.getAddress().regionCode());
        draft.setStreet(customer.getAddress().street());
        draft.setSuburban(customer.getAddress().suburban());
        draft.setPhones(customer.getPhones().stream().map(digits -> new PhoneNumber(digits).display()).toList());
        draft.setNote(customer.getNote());
        draft.setVersion(customer.getVersion());
        return draft;
    }

    @Secured(Duty.CALL_CENTRE)
    public void update(long id, @NotNull @Valid CustomerDraft draft) {
        Customer customer = records.find(id);
        if (customer.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("customer " + id);
        }
        customer.change(draft.getName(), draft.getCustomerClass(), address(draft), normalise(draft.getPhones()),
                draft.getNote(), clock.instant());
        records.save(id);
        timeline.append(id, "CUSTOMER_UPDATED", customer.getName(), "CUSTOMER", id);
    }

    /** The record of a customer the caller may see, as the 360 shows it ({@code Installations.view360} adds the rest). */
    public CustomerDetail detail(long id) {
        requireVisible(id);
        CustomerRecords.Detail d = records.detail(id);
        return new CustomerDetail(d.id(), d.name(), d.customerClass(),
                d.phoneDigits().stream().map(digits -> new PhoneNumber(digits).display()).toList(), d.regionCode(),
                d.regionAddress(), d.street(), d.suburban(), d.marketLevel(), d.dealerId(), d.dealer(), d.note(), d.version(),
                d.createdAt(), d.mergedIntoId());
    }

    public List<TimelineEntry> timeline(long id, int first, int max) {
        requireVisible(id);
        return timeline.page(id, first, Math.min(max, 200));
    }

    /**
     * The customers a supervisor may fold into {@code id}: without a search, its probable duplicates (another record
     * with one of its phone numbers, or whose name starts with its name: "王芳" and "王芳 (新)"), same phone first;
     * with one, the customer search (name, phone, number) less the customer itself. Merged records are never offered.
     */
    @Secured(Duty.SUPERVISION)
    public List<CustomerRow> mergeCandidates(long id, String text) {
        requireVisible(id);
        Customer customer = records.find(id);
        if (text != null && !text.isBlank()) {
            String digits = text.strip().replaceFirst("^#", "");
            List<CustomerRow> found = new ArrayList<>();
            if (digits.matches("\\d{1,18}") && Long.parseLong(digits) != id) {
                found.addAll(rows(lists.live(Long.parseLong(digits))));
            }
            search(text, 0, 21, "name", true).stream()
                    .filter(row -> row.id() != id && found.stream().noneMatch(f -> f.id() == row.id()))
                    .limit(20 - found.size()).forEach(found::add);
            return found;
        }
        return rows(lists.probableDuplicatesOf(id, customer.getName(), customer.getPhones(), scope()));
    }

    /**
     * Folds {@code goneId} into {@code keptId}: its phones, installations, timeline and every other record that points
     * at it (whatever later features add) move to the kept customer; the merged record stays, retired, for the audit.
     */
    @Secured(Duty.SUPERVISION)
    public void merge(long keptId, long goneId) {
        if (keptId == goneId) {
            throw new InvalidInput("id", "customer.error.mergeSelf");
        }
        Customer[] pair = records.lockForMerge(keptId, goneId).orElseThrow(() -> new NotFound("customer"));
        Customer kept = pair[0];
        Customer gone = pair[1];
        Instant now = clock.instant();
        kept.adoptPhones(gone.getPhones(), now);
        gone.retireInto(keptId, now);
        records.moveReferences(goneId, keptId);
        timeline.append(keptId, "CUSTOMER_MERGED", gone.getName() + " #" + goneId, "CUSTOMER", goneId);
    }

    /**
     * Refuses a customer the caller may not see as "not found", whatever the reason: the services of every area
     * that take a customer id ask here first.
     */
    public void requireVisible(long customerId) {
        if (!access.visible(customerId, scope())) {
            throw new NotFound("customer " + customerId);
        }
    }

    private Scope scope() {
        UserPrincipal principal = caller.require();
        return access.scopeOf(principal).orElseThrow(() -> new AccessDenied(principal.username() + " sees no customers"));
    }

    private static List<CustomerRow> rows(List<CustomerSearch.Hit> hits) {
        return hits.stream().map(h -> new CustomerRow(h.id(), h.name(), h.customerClass(),
                h.mainPhoneDigits() == null ? null : new PhoneNumber(h.mainPhoneDigits()).display(),
                h.street() == null ? h.regionAddress() : h.regionAddress() + " " + h.street(), h.suburban(), h.dealer(),
                h.createdAt())).toList();
    }

    /** The draft's address, its region one that people live in (a district, or a city without districts). */
    private Address address(CustomerDraft draft) {
        if (!records.isAddressRegion(draft.getRegionCode())) {
            throw new InvalidInput("regionCode", "customer.error.region");
        }
        return Address.of(draft.getRegionCode(), draft.getStreet(), draft.isSuburban());
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
}
