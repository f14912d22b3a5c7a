package com.aftersales.crm.installation.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.customer.boundary.CustomerDetail;
import com.aftersales.crm.customer.boundary.Customers;
import com.aftersales.crm.installation.control.ArchiveReferences;
import com.aftersales.crm.installation.control.InstallationRecords;
import com.aftersales.crm.installation.entity.Exclusion;
import com.aftersales.crm.installation.entity.InstallationArchive;
import com.aftersales.crm.installation.entity.InstallationFacts;
import com.aftersales.crm.installation.entity.InstallationLine;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.policy.boundary.PolicyVersion;
import com.aftersales.crm.provider.boundary.Crews;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.installation.entity.Warranty;
import com.aftersales.crm.timeline.boundary.Timeline;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Installation archives: recorded by the service department, read with their warranty by whoever sees the customer. */
@Stateless
@Secured(Duty.CUSTOMER_SERVICE)
public class Installations {

    public static final String FREE_PERIOD = "warranty.free-period";
    public static final String CARD_RULE = "warranty.card-required-from";
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    InstallationRecords archives;

    @Inject
    ArchiveReferences references;

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
    @Secured(Duty.CALL_CENTRE)
    public long record(long customerId, @NotNull @Valid InstallationDraft draft) {
        customers.requireVisible(customerId);
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        List<ArchiveReferences.Product> products = products(draft.getLines().stream().map(InstallationDraft.Line::getProductId).toList());
        if (products.size() != draft.getLines().stream().map(InstallationDraft.Line::getProductId).distinct().count()) {
            throw new InvalidInput("lines", "installation.error.product");
        }
        boolean premium = products.stream().anyMatch(ArchiveReferences.Product::premium);
        crews.requireInstallers(draft.getTechnicianIds(), draft.getProviderId(), premium,
                draft.getInstalledOn() == null ? today : draft.getInstalledOn());
        if (draft.getWarrantyCardNo() != null && !draft.getWarrantyCardNo().isBlank()
                && archives.cardTaken(draft.getWarrantyCardNo().trim().toUpperCase())) {
            throw new InvalidInput("warrantyCardNo", "installation.error.cardTaken");
        }
        Instant installedAt = draft.getInstalledOn() == null ? clock.instant()
                : draft.getInstalledOn().atStartOfDay(BUSINESS_ZONE).toInstant();
        String brand = products.get(0).brand();
        String line = products.get(0).productLine();
        PolicyVersion freePeriod = policies.inForce(FREE_PERIOD, brand, line, installedAt);
        PolicyVersion cardRule = policies.inForce(CARD_RULE, brand, line, installedAt);
        InstallationArchive archive = new InstallationArchive(customerId, draft.getDealerId(), draft.getProviderId(),
                draft.getMethod(), draft.getInstalledOn(), draft.getAcceptedOn(), draft.getMovedInOn(), draft.getWarrantyCardNo(),
                draft.getLines().stream().map(l -> new InstallationLine(l.getProductId(), l.getQuantityM2(), l.getUnitPrice())).toList(),
                draft.getTechnicianIds(), freePeriod.id(), cardRule.id(), today, clock.instant(), actor());
        archives.add(archive);
        timeline.append(customerId, "INSTALLATION_RECORDED",
                archive.getWarrantyCardNo() == null ? "" : archive.getWarrantyCardNo(), "INSTALLATION", archive.getId());
        recorded.fire(new InstallationRecorded(archive.getId()));
        return archive.getId();
    }

    @Secured(Duty.CALL_CENTRE)
    public void exclude(long installationId, @NotNull Exclusion exclusion, @NotNull String reason) {
        InstallationArchive archive = archives.find(installationId);
        customers.requireVisible(archive.getCustomerId());
        archive.exclude(exclusion, reason, actor(), clock.instant());
        timeline.append(archive.getCustomerId(), "WARRANTY_EXCLUDED", exclusion + ": " + reason, "INSTALLATION", installationId);
    }

    /**
     * One installation's warranty as of today, for the screens where an agent decides on free service (the case page and
     * its dispatch): the same assessment as the customer 360's, technical support only included.
     */
    public Warranty warrantyOf(long installationId) {
        InstallationArchive archive = archives.find(installationId);
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

    /**
     * The installation a case or complaint is about: the one named if it is the customer's (empty if not), else the
     * customer's latest (empty if none).
     */
    public Optional<InstallationFacts> facts(long customerId, Long installationId) {
        customers.requireVisible(customerId);
        return references.facts(customerId, installationId);
    }

    /** A customer's installations, newest first, each with its warranty as of today. */
    public List<InstallationView> ofCustomer(long customerId) {
        customers.requireVisible(customerId);
        List<InstallationArchive> ofCustomer = archives.ofCustomer(customerId);
        LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
        Map<Long, PolicyVersion> versions = new HashMap<>();
        return ofCustomer.stream().map(archive -> {
            PolicyVersion freePeriod = versions.computeIfAbsent(archive.getFreePeriodPolicyId(), policies::byId);
            PolicyVersion cardRule = versions.computeIfAbsent(archive.getCardRulePolicyId(), policies::byId);
            Map<Long, ArchiveReferences.Product> products = new HashMap<>();
            products(archive.getLines().stream().map(InstallationLine::getProductId).toList())
                    .forEach(p -> products.put(p.id(), p));
            return new InstallationView(archive.getId(), references.dealer(archive.getDealerId()),
                    references.provider(archive.getProviderId()), archive.getMethod().name(), archive.getInstalledOn(),
                    archive.getAcceptedOn(), archive.getMovedInOn(), archive.getWarrantyCardNo(),
                    archive.getLines().stream().map(l -> {
                        ArchiveReferences.Product p = products.get(l.getProductId());
                        return new InstallationView.Line(p.code(), p.spec(), l.getQuantityM2(), l.getUnitPrice(),
                                l.getBatchNo());
                    }).toList(),
                    references.technicianNames(archive.getTechnicianIds()),
                    archive.getExclusions().stream().map(e -> new InstallationView.ExclusionNote(e.getExclusion().name(),
                            e.getReason(), e.getRecordedBy())).toList(),
                    archive.warranty(freePeriod.asInt(), cardRule.asDate(), today),
                    freePeriod.asInt(), cardRule.asDate());
        }).toList();
    }

    private String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }

    /** The products of an archive's lines; refuses lines without a product. */
    private List<ArchiveReferences.Product> products(List<Long> ids) {
        if (ids.isEmpty() || ids.contains(null)) {
            throw new InvalidInput("lines", "installation.error.noLines");
        }
        return references.products(ids);
    }
}
