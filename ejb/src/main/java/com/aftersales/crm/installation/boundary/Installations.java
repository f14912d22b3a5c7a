package com.aftersales.crm.installation.boundary;

import com.aftersales.crm.customer.boundary.CustomerDetail;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.entity.Exclusion;
import com.aftersales.crm.installation.entity.InstallationArchive;
import com.aftersales.crm.installation.entity.InstallationLine;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.provider.boundary.Crews;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.installation.entity.Warranty;
import com.aftersales.crm.shared.NotFound;
import com.aftersales.crm.shared.ProductSpec;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Installation archives: recorded by the service department, read with their warranty by whoever sees the customer. */
@Stateless
@Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.DEALER, Role.PROVIDER})
public class Installations {

    public static final String FREE_PERIOD = "warranty.free-period";
    public static final String CARD_RULE = "warranty.card-required-from";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    Timeline timeline;

    @Inject
    Caller caller;

    @Inject
    PolicyLookup policies;

    @Inject
    Crews crews;

    @Inject
    Clock clock;

    @Inject
    Event<InstallationRecorded> recorded;

    /**
     * Records an installation. The warranty policies in force on the installation day (for the first product's brand
     * and line) are fixed on the archive; the crew must be the provider's certified technicians, with no trainee or
     * junior alone or on the premium line.
     */
    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public long record(long customerId, @NotNull @Valid InstallationDraft draft) {
        customers.requireVisible(customerId);
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        List<Object[]> products = products(draft.getLines().stream().map(InstallationDraft.Line::getProductId).toList());
        if (products.size() != draft.getLines().stream().map(InstallationDraft.Line::getProductId).distinct().count()) {
            throw new InvalidInput("lines", "installation.error.product");
        }
        boolean premium = products.stream().anyMatch(p -> (Boolean) p[3]);
        crews.requireInstallers(draft.getTechnicianIds(), draft.getProviderId(), premium,
                draft.getInstalledOn() == null ? today : draft.getInstalledOn());
        if (draft.getWarrantyCardNo() != null && !draft.getWarrantyCardNo().isBlank()
                && ((Number) em.createNativeQuery("select count(*) from installation_archive where warranty_card_no = ?")
                .setParameter(1, draft.getWarrantyCardNo().trim().toUpperCase()).getSingleResult()).intValue() > 0) {
            throw new InvalidInput("warrantyCardNo", "installation.error.cardTaken");
        }
        Instant installedAt = draft.getInstalledOn() == null ? clock.instant()
                : draft.getInstalledOn().atStartOfDay(BUSINESS_ZONE).toInstant();
        String brand = (String) products.get(0)[1];
        String line = (String) products.get(0)[2];
        PolicyVersion freePeriod = policies.inForce(FREE_PERIOD, brand, line, installedAt);
        PolicyVersion cardRule = policies.inForce(CARD_RULE, brand, line, installedAt);
        InstallationArchive archive = new InstallationArchive(customerId, draft.getDealerId(), draft.getProviderId(),
                draft.getMethod(), draft.getInstalledOn(), draft.getAcceptedOn(), draft.getMovedInOn(), draft.getWarrantyCardNo(),
                draft.getLines().stream().map(l -> new InstallationLine(l.getProductId(), l.getQuantityM2(), l.getUnitPrice())).toList(),
                draft.getTechnicianIds(), freePeriod.id(), cardRule.id(), today, clock.instant(), actor());
        em.persist(archive);
        em.flush();
        timeline.append(customerId, "INSTALLATION_RECORDED",
                archive.getWarrantyCardNo() == null ? "" : archive.getWarrantyCardNo(), "INSTALLATION", archive.getId());
        recorded.fire(new InstallationRecorded(archive.getId()));
        return archive.getId();
    }

    @Secured({Role.AGENT, Role.SUPERVISOR, Role.ADMIN})
    public void exclude(long installationId, @NotNull Exclusion exclusion, @NotNull String reason) {
        InstallationArchive archive = em.find(InstallationArchive.class, installationId);
        if (archive == null) {
            throw new NotFound("installation " + installationId);
        }
        customers.requireVisible(archive.getCustomerId());
        archive.exclude(exclusion, reason, actor(), clock.instant());
        timeline.append(archive.getCustomerId(), "WARRANTY_EXCLUDED", exclusion + ": " + reason, "INSTALLATION", installationId);
    }

    /**
     * One installation's warranty as of today, for the screens where an agent decides on free service (the case page and
     * its dispatch): the same assessment as the customer 360's, technical support only included.
     */
    public Warranty warrantyOf(long installationId) {
        InstallationArchive archive = em.find(InstallationArchive.class, installationId);
        if (archive == null) {
            throw new NotFound("installation " + installationId);
        }
        customers.requireVisible(archive.getCustomerId());
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        return archive.warranty(policies.byId(archive.getFreePeriodPolicyId()).asInt(),
                policies.byId(archive.getCardRulePolicyId()).asDate(), today);
    }

    /** The customer 360: the record, its installations with their warranty and the newest 50 events of its timeline. */
    public Customer360 view360(long customerId) {
        CustomerDetail customer = customers.detail(customerId);
        return new Customer360(customer, ofCustomer(customerId), timeline.page(customerId, 0, 50), timeline.size(customerId));
    }

    /** A customer's installations, newest first, each with its warranty as of today. */
    public List<InstallationView> ofCustomer(long customerId) {
        customers.requireVisible(customerId);
        List<InstallationArchive> archives = em.createQuery(
                        "select i from InstallationArchive i where i.customerId = :customer order by i.installedOn desc, i.id desc",
                        InstallationArchive.class)
                .setParameter("customer", customerId).getResultList();
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        Map<Long, PolicyVersion> versions = new HashMap<>();
        return archives.stream().map(archive -> {
            PolicyVersion freePeriod = versions.computeIfAbsent(archive.getFreePeriodPolicyId(), policies::byId);
            PolicyVersion cardRule = versions.computeIfAbsent(archive.getCardRulePolicyId(), policies::byId);
            Map<Long, Object[]> products = new HashMap<>();
            products(archive.getLines().stream().map(InstallationLine::getProductId).toList())
                    .forEach(p -> products.put(((Number) p[0]).longValue(), p));
            return new InstallationView(archive.getId(), name("dealer", archive.getDealerId()),
                    name("service_provider", archive.getProviderId()), archive.getMethod().name(), archive.getInstalledOn(),
                    archive.getAcceptedOn(), archive.getMovedInOn(), archive.getWarrantyCardNo(),
                    archive.getLines().stream().map(l -> {
                        Object[] p = products.get(l.getProductId());
                        return new InstallationView.Line((String) p[4], spec(p), l.getQuantityM2(), l.getUnitPrice());
                    }).toList(),
                    technicianNames(archive),
                    archive.getExclusions().stream().map(e -> new InstallationView.ExclusionNote(e.getExclusion().name(),
                            e.getReason(), e.getRecordedBy())).toList(),
                    archive.warranty(freePeriod.asInt(), cardRule.asDate(), today),
                    freePeriod.asInt(), cardRule.asDate());
        }).toList();
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }

    /** Product id, brand, line, premium, code, name, category, length, width, thickness, veneer, colour grade. */
    private List<Object[]> products(List<Long> ids) {
        if (ids.isEmpty() || ids.contains(null)) {
            throw new InvalidInput("lines", "installation.error.noLines");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, brand, product_line, premium, code, name, category, length_mm, width_mm, thickness_mm,
                               veneer_mm, colour_grade
                        from product where id = any(cast(string_to_array(?, ',') as bigint[])) order by id""")
                .setParameter(1, join(ids)).getResultList();
        return rows;
    }

    private static String spec(Object[] p) {
        return ProductSpec.format((String) p[5], (String) p[6], ((Number) p[7]).intValue(), ((Number) p[8]).intValue(),
                ((Number) p[9]).intValue(), (BigDecimal) p[10], (String) p[11]);
    }

    private List<String> technicianNames(InstallationArchive archive) {
        if (archive.getTechnicianIds().isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery(
                        "select name from technician where id = any(cast(string_to_array(?, ',') as bigint[])) order by name")
                .setParameter(1, join(archive.getTechnicianIds())).getResultList();
        return names;
    }

    private String name(String table, Long id) {
        if (id == null) {
            return null;
        }
        return (String) em.createNativeQuery("select code || ' ' || name from " + table + " where id = ?")
                .setParameter(1, id).getResultStream().findFirst().orElse(null);
    }

    private static String join(java.util.Collection<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
