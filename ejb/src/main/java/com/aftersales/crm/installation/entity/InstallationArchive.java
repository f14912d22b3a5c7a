package com.aftersales.crm.installation.entity;

import com.aftersales.crm.shared.InstallationMethod;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * 客户铺装档案: who installed what for which customer, when, and under which warranty card. The warranty policy
 * versions in force on the installation day are fixed on the archive, so its warranty is always explainable.
 */
@Getter
@Entity
public class InstallationArchive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    private Long dealerId;

    private Long providerId;

    @Column(name = "installation_method")
    private InstallationMethod method;

    private LocalDate installedOn;

    private LocalDate acceptedOn;

    private LocalDate movedInOn;

    private String warrantyCardNo;

    /** 只提供技术支持: set by the archive submissions (sent late or never), never by the portal. */
    @Column(insertable = false, updatable = false)
    @Getter(AccessLevel.NONE)
    private boolean technicalSupportOnly;

    private long freePeriodPolicyId;

    private long cardRulePolicyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "installation_line", joinColumns = @JoinColumn(name = "installation_id"))
    @OrderColumn(name = "line_no", nullable = false)
    private List<InstallationLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "installation_technician", joinColumns = @JoinColumn(name = "installation_id"))
    @Column(name = "technician_id")
    private Set<Long> technicianIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "installation_exclusion", joinColumns = @JoinColumn(name = "installation_id"))
    private List<RecordedExclusion> exclusions = new ArrayList<>();

    @Version
    private long version;

    @Column(updatable = false)
    @Getter(AccessLevel.NONE)
    private Instant createdAt;

    @Column(updatable = false)
    @Getter(AccessLevel.NONE)
    private String createdBy;

    protected InstallationArchive() {
    }

    public InstallationArchive(long customerId, Long dealerId, Long providerId, InstallationMethod method,
                               LocalDate installedOn, LocalDate acceptedOn, LocalDate movedInOn, String warrantyCardNo,
                               List<InstallationLine> lines, Set<Long> technicianIds, long freePeriodPolicyId,
                               long cardRulePolicyId, LocalDate today, Instant now, String createdBy) {
        if (method == null) {
            throw new InvalidInput("method", "validation.required");
        }
        if (installedOn == null) {
            throw new InvalidInput("installedOn", "validation.required");
        }
        if (installedOn.isAfter(today)) {
            throw new InvalidInput("installedOn", "installation.error.future");
        }
        if (acceptedOn != null && acceptedOn.isBefore(installedOn)) {
            throw new InvalidInput("acceptedOn", "installation.error.acceptedBeforeInstalled");
        }
        if (movedInOn != null && movedInOn.isBefore(installedOn)) {
            throw new InvalidInput("movedInOn", "installation.error.movedInBeforeInstalled");
        }
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInput("lines", "installation.error.noLines");
        }
        this.customerId = customerId;
        this.dealerId = dealerId;
        this.providerId = providerId;
        this.method = method;
        this.installedOn = installedOn;
        this.acceptedOn = acceptedOn;
        this.movedInOn = movedInOn;
        this.warrantyCardNo = warrantyCardNo == null || warrantyCardNo.isBlank() ? null : warrantyCardNo.trim().toUpperCase();
        this.lines = new ArrayList<>(lines);
        this.technicianIds = technicianIds == null ? new HashSet<>() : new HashSet<>(technicianIds);
        this.freePeriodPolicyId = freePeriodPolicyId;
        this.cardRulePolicyId = cardRulePolicyId;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    /** Records why free service does not apply; one reason per kind of exclusion. */
    public void exclude(Exclusion exclusion, String reason, String by, Instant at) {
        if (exclusion == null || !exclusion.recordable()) {
            throw new InvalidInput("exclusion", "installation.error.exclusion");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "validation.required");
        }
        if (exclusions.stream().anyMatch(e -> e.getExclusion() == exclusion)) {
            throw new InvalidInput("exclusion", "installation.error.exclusionExists");
        }
        exclusions.add(new RecordedExclusion(exclusion, reason.trim(), by, at));
    }

    public Warranty warranty(int freePeriodMonths, LocalDate cardRequiredFrom, LocalDate today) {
        Set<Exclusion> recorded = EnumSet.noneOf(Exclusion.class);
        exclusions.forEach(e -> recorded.add(e.getExclusion()));
        return Warranty.assess(installedOn, providerId != null, warrantyCardNo, recorded, freePeriodMonths,
                cardRequiredFrom, today, freePeriodPolicyId, cardRulePolicyId, technicalSupportOnly);
    }

    /** Customers merged into another bring their archives along. */
    public void moveToCustomer(long keptCustomerId) {
        this.customerId = keptCustomerId;
    }

    public List<InstallationLine> getLines() {
        return List.copyOf(lines);
    }

    public Set<Long> getTechnicianIds() {
        return Set.copyOf(technicianIds);
    }

    public List<RecordedExclusion> getExclusions() {
        return List.copyOf(exclusions);
    }
}
