package com.aftersales.crm.apiclient.boundary;

import com.aftersales.crm.apiclient.control.ApiClientRecords;
import com.aftersales.crm.apiclient.control.RateLimiter;
import com.aftersales.crm.apiclient.entity.ApiClient;
import com.aftersales.crm.apiclient.entity.ApiClientKey;
import com.aftersales.crm.apiclient.entity.ApiKey;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * The API's door for clients, called by the web filter before anybody is logged in (so not {@code @Secured}): checks
 * a presented key and admits a request under the client's rate limit. An unknown key id, a wrong secret, an expired
 * or rotated key and a revoked client get the same answer: none.
 */
@Stateless
public class ApiClientGate {

    @Inject
    ApiClientRecords records;

    @Inject
    RateLimiter limiter;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    /** The client whose working key this is, acting as its role and organisation; empty for anything else. */
    public Optional<ApiClientIdentity> authenticate(String presented) {
        Optional<ApiKey> parsed = ApiKey.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        ApiKey key = parsed.get();
        Instant now = clock.instant();
        ApiClientKey stored = records.keyById(key.keyId()).orElse(null);
        if (stored == null || !stored.admits(key, now)) {
            return Optional.empty();
        }
        ApiClient client = records.get(stored.getClientId()).orElse(null);
        if (client == null || client.isRevoked()) {
            return Optional.empty();
        }
        if (stored.lastUseStale(now)) {
            records.recordUse(stored.getId(), now);
        }
        // a negative id: no user has it, and nothing of a user's (its locale, its password) can be reached with it;
        // the username (at most 50 characters: names are at most 40) is what the records it writes say it did
        UserPrincipal principal = new UserPrincipal(-client.getId(), ApiClientIdentity.USERNAME_PREFIX + client.getName(),
                client.getName(), Set.of(Role.valueOf(client.getRole())), client.getDealerId(), client.getProviderId(), "zh_CN");
        int perMinute = client.getRequestsPerMinute() != null ? client.getRequestsPerMinute()
                : policies.inForce(ApiClients.PER_MINUTE_POLICY, null, null, now).asInt();
        int burst = client.getBurst() != null ? client.getBurst()
                : policies.inForce(ApiClients.BURST_POLICY, null, null, now).asInt();
        return Optional.of(new ApiClientIdentity(client.getId(), key.keyId(), principal, perMinute, burst));
    }

    /** Admits one request of the client: {@link Duration#ZERO}, or how long it must wait (429). */
    public Duration admit(ApiClientIdentity identity) {
        return limiter.admit(identity.clientId(), identity.requestsPerMinute(), identity.burst());
    }
}
