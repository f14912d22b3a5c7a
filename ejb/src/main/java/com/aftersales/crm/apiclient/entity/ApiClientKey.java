package com.aftersales.crm.apiclient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One key of an {@link ApiClient}: its public key id and the SHA-256 of its secret (see {@link ApiKey}), never the
 * secret. A rotation or a revocation sets when it stops working; until then it works.
 */
@Entity
@Table(name = "api_client_key")
@NamedQuery(name = ApiClientKey.BY_KEY_ID, query = "select k from ApiClientKey k where k.keyId = :keyId")
public class ApiClientKey {

    public static final String BY_KEY_ID = "ApiClientKey.byKeyId";

    /** How stale the recorded last use may get: it is written at most once per this much, not on every call. */
    public static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at", insertable = false, updatable = false)
    private Instant lastUsedAt;

    protected ApiClientKey() {
    }

    public ApiClientKey(long clientId, ApiKey key, String createdBy, Instant now) {
        this.clientId = clientId;
        this.keyId = key.keyId();
        this.secretHash = key.secretHash();
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Whether the presented key is this one and still works at that moment. */
    public boolean admits(ApiKey presented, Instant now) {
        return presented.keyId().equals(keyId) && presented.matches(secretHash) && worksAt(now);
    }

    public boolean worksAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    /** Stops working at that moment, unless it stops sooner already. */
    public void expireBy(Instant at) {
        if (expiresAt == null || at.isBefore(expiresAt)) {
            expiresAt = at;
        }
    }

    /** Whether the recorded last use is older than {@link #LAST_USE_PRECISION} (so worth writing again). */
    public boolean lastUseStale(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USE_PRECISION));
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
