package com.aftersales.crm.apiclient.boundary;

import com.aftersales.crm.security.entity.Role;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An API client as the administrator sees it: binding, its own limits (null: the policy's) and those in force, its
 * keys by key id (never a secret nor its hash), and when it was last used.
 */
public record ApiClientView(long id, String name, Role role, Long dealerId, Long providerId, Integer requestsPerMinute,
                            Integer burst, int effectiveRequestsPerMinute, int effectiveBurst, boolean revoked,
                            Instant createdAt, String createdBy, Instant revokedAt, String revokedBy, Instant lastUsedAt,
                            List<Key> keys, long version) implements Serializable {

    /** One key: working now or not, until when (a rotation's overlap), last used. */
    public record Key(String keyId, boolean active, Instant createdAt, Instant expiresAt, Instant lastUsedAt)
            implements Serializable {
    }

    /** The key id of the newest working key, or null. */
    public String currentKeyId() {
        return keys.stream().filter(Key::active).map(Key::keyId).findFirst().orElse(null);
    }
}
