package com.aftersales.crm.apiclient.entity;

import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An API client (接口客户端): a system that calls the API as one role — a provider's system as its provider, a dealer's
 * as its dealer, the telephony platform as an agent — with keys of its own ({@link ApiClientKey}). The role is held
 * by its name (this area's entities know no other area); never the administrator's. A revoked client stays, for
 * the record, and never works again.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

    /** The roles a client may be bound to: every one but ADMIN. */
    public static final Set<String> ROLES = Set.of("AGENT", "SUPERVISOR", "INFO_OFFICER", "DEALER", "PROVIDER", "MANAGER");

    public static final int MAX_RATE = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String role;

    @Column(name = "dealer_id", updatable = false)
    private Long dealerId;

    @Column(name = "provider_id", updatable = false)
    private Long providerId;

    @Column(name = "requests_per_minute")
    private Integer requestsPerMinute;

    private Integer burst;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiClient() {
    }

    /** A client of the role, acting for the dealer (role DEALER) or provider (role PROVIDER) that role needs. */
    public ApiClient(String name, String role, Long dealerId, Long providerId, String createdBy, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidInput("name", "validation.required");
        }
        if (role == null || !ROLES.contains(role)) {
            throw new InvalidInput("role", "admin.apiClients.error.role");
        }
        if (role.equals("DEALER") != (dealerId != null)) {
            throw new InvalidInput("dealerId", dealerId == null ? "user.error.dealerRequired" : "user.error.dealerNotAllowed");
        }
        if (role.equals("PROVIDER") != (providerId != null)) {
            throw new InvalidInput("providerId", providerId == null ? "user.error.providerRequired" : "user.error.providerNotAllowed");
        }
        this.name = name.strip();
        this.role = role;
        this.dealerId = dealerId;
        this.providerId = providerId;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Its own rate limit; a null part follows the policy. */
    public void limit(Integer perMinute, Integer burstSize) {
        check("requestsPerMinute", perMinute);
        check("burst", burstSize);
        this.requestsPerMinute = perMinute;
        this.burst = burstSize;
    }

    private static void check(String field, Integer value) {
        if (value != null && (value < 1 || value > MAX_RATE)) {
            throw new InvalidInput(field, "admin.apiClients.error.rate", 1, MAX_RATE);
        }
    }

    /** Revoked for good: none of its keys works any more. */
    public void revoke(String by, Instant now) {
        requireActive();
        this.revokedBy = Objects.requireNonNull(by);
        this.revokedAt = now;
    }

    /** Refuses to issue a key to, or revoke again, a revoked client. */
    public void requireActive() {
        if (isRevoked()) {
            throw new InvalidInput("id", "admin.apiClients.error.revoked");
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public Long getDealerId() {
        return dealerId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public Integer getBurst() {
        return burst;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
