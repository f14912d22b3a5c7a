package com.aftersales.crm.apiclient.boundary;

import com.aftersales.crm.apiclient.control.ApiClientRecords;
import com.aftersales.crm.apiclient.control.RateLimiter;
import com.aftersales.crm.apiclient.entity.ApiClient;
import com.aftersales.crm.apiclient.entity.ApiClientKey;
import com.aftersales.crm.apiclient.entity.ApiKey;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The administrator's API clients: create one (its first key shown once), rotate its key, revoke it, set its own
 * rate limit. A rotation issues a new key and stops the old ones — at once, or after an overlap of up to a day
 * that the administrator chooses, so that the system can switch to the new key without a gap.
 */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class ApiClients {

    /** The policies of the rate limit, for clients without their own. */
    public static final String PER_MINUTE_POLICY = "api.rate-limit.per-minute";
    public static final String BURST_POLICY = "api.rate-limit.burst";

    /** The longest overlap of a rotation, in minutes. */
    public static final int MAX_OVERLAP_MINUTES = 1440;

    @Inject
    ApiClientRecords records;

    @Inject
    RateLimiter limiter;

    @Inject
    PolicyLookup policies;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public List<ApiClientView> list() {
        List<ApiClient> clients = records.list();
        Map<Long, List<ApiClientKey>> keys = records.keysOf(clients.stream().map(ApiClient::getId).toList()).stream()
                .collect(Collectors.groupingBy(ApiClientKey::getClientId));
        int[] defaults = defaults(clock.instant());
        Instant now = clock.instant();
        return clients.stream().map(c -> view(c, keys.getOrDefault(c.getId(), List.of()), defaults, now)).toList();
    }

    public ApiClientView get(long id) {
        return view(records.find(id));
    }

    public IssuedKey create(@NotNull @Valid ApiClientDraft draft) {
        if (records.nameTaken(draft.getName())) {
            throw new InvalidInput("name", "admin.apiClients.error.nameTaken");
        }
        if (draft.getDealerId() != null && !records.dealerExists(draft.getDealerId())) {
            throw new InvalidInput("dealerId", "admin.apiClients.error.unknownDealer");
        }
        if (draft.getProviderId() != null && !records.providerExists(draft.getProviderId())) {
            throw new InvalidInput("providerId", "admin.apiClients.error.unknownProvider");
        }
        Instant now = clock.instant();
        ApiClient client = new ApiClient(draft.getName(), draft.getRole().name(), draft.getDealerId(),
                draft.getProviderId(), by(), now);
        client.limit(draft.getRequestsPerMinute(), draft.getBurst());
        records.add(client);
        return issue(client, now);
    }

    /** A new key; the client's other keys stop working after the overlap (0: at once). */
    public IssuedKey rotate(long id, @Min(0) @Max(MAX_OVERLAP_MINUTES) int overlapMinutes) {
        ApiClient client = records.find(id);
        client.requireActive();
        Instant now = clock.instant();
        Instant end = now.plus(Duration.ofMinutes(overlapMinutes));
        for (ApiClientKey key : records.keysOf(List.of(id))) {
            key.expireBy(end);
        }
        return issue(client, now);
    }

    /** Revoked for good: every key stops working now. */
    public ApiClientView revoke(long id) {
        ApiClient client = records.find(id);
        Instant now = clock.instant();
        client.revoke(by(), now);
        for (ApiClientKey key : records.keysOf(List.of(id))) {
            key.expireBy(now);
        }
        records.flush(id);
        limiter.forget(id);
        return view(client);
    }

    /** The client's own rate limit (null parts: the policy's), under the version read. */
    public ApiClientView limit(long id, Integer perMinute, Integer burst, long version) {
        ApiClient client = records.find(id);
        if (client.getVersion() != version) {
            throw new ConcurrentChange("api client " + id);
        }
        client.limit(perMinute, burst);
        records.flush(id);
        return view(client);
    }

    private IssuedKey issue(ApiClient client, Instant now) {
        ApiKey key = ApiKey.generate();
        records.addKey(new ApiClientKey(client.getId(), key, by(), now));
        records.flush(client.getId());
        return new IssuedKey(view(client), key.keyId(), key.text());
    }

    private ApiClientView view(ApiClient client) {
        Instant now = clock.instant();
        return view(client, records.keysOf(List.of(client.getId())), defaults(now), now);
    }

    private static ApiClientView view(ApiClient c, List<ApiClientKey> keys, int[] defaults, Instant now) {
        List<ApiClientView.Key> keyViews = keys.stream()
                .sorted(Comparator.comparing(ApiClientKey::getCreatedAt).thenComparing(ApiClientKey::getId).reversed())
                .map(k -> new ApiClientView.Key(k.getKeyId(), !c.isRevoked() && k.worksAt(now), k.getCreatedAt(),
                        k.getExpiresAt(), k.getLastUsedAt()))
                .toList();
        Instant lastUsed = keys.stream().map(ApiClientKey::getLastUsedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new ApiClientView(c.getId(), c.getName(), Role.valueOf(c.getRole()), c.getDealerId(), c.getProviderId(),
                c.getRequestsPerMinute(), c.getBurst(),
                c.getRequestsPerMinute() == null ? defaults[0] : c.getRequestsPerMinute(),
                c.getBurst() == null ? defaults[1] : c.getBurst(),
                c.isRevoked(), c.getCreatedAt(), c.getCreatedBy(), c.getRevokedAt(), c.getRevokedBy(), lastUsed, keyViews,
                c.getVersion());
    }

    /** The policy's per-minute rate and burst in force now. */
    private int[] defaults(Instant now) {
        return new int[]{policies.inForce(PER_MINUTE_POLICY, null, null, now).asInt(),
                policies.inForce(BURST_POLICY, null, null, now).asInt()};
    }

    private String by() {
        return caller.require().username();
    }
}
