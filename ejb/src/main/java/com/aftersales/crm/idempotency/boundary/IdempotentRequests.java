package com.aftersales.crm.idempotency.boundary;

import com.aftersales.crm.idempotency.control.KeyedRequests;
import com.aftersales.crm.idempotency.entity.KeptAnswer;
import com.aftersales.crm.idempotency.entity.KeyedRequest;
import com.aftersales.crm.policy.boundary.PolicyLookup;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys (幂等键) of the API's creating requests. Before such a request runs, its key is claimed for the
 * caller in a transaction of its own; the request's answer is kept once it succeeded, and the key released when it
 * failed (nothing was created: a retry may run). A key is kept for the hours of the policy
 * {@value #KEEP_HOURS}, then forgotten.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotentRequests {

    public static final String KEEP_HOURS = "api.idempotency-key-hours";

    /** What to do with a keyed request. */
    public sealed interface Claim {
    }

    /** Run it: the key is the caller's now; keep or release it afterwards. */
    public record Run(long id) implements Claim {
    }

    /** The same request ran already: answer this. */
    public record Replay(KeptAnswer answer) implements Claim {
    }

    /** The key was used for another request (another body, method or path): refuse (422). */
    public record Reused() implements Claim {
    }

    /** The same request still runs (a concurrent retry): refuse for now (409), the client retries later. */
    public record Running() implements Claim {
    }

    @Inject
    KeyedRequests requests;

    @Inject
    PolicyLookup policies;

    @Inject
    Clock clock;

    public Claim claim(String caller, String key, String method, String path, String requestHash) {
        Instant now = clock.instant();
        int hours = policies.inForce(KEEP_HOURS, null, null, now).asInt();
        requests.forgetBefore(now.minus(Duration.ofHours(hours)));
        Optional<Long> claimed = requests.claim(caller, key, method, path, requestHash, now);
        if (claimed.isPresent()) {
            return new Run(claimed.get());
        }
        Optional<KeyedRequest> earlier = requests.find(caller, key);
        if (earlier.isEmpty()) {
            // forgotten between the insert and the select (it failed and was released): claim once more
            return requests.claim(caller, key, method, path, requestHash, now).<Claim>map(Run::new).orElseGet(Running::new);
        }
        if (!earlier.get().sameAs(method, path, requestHash)) {
            return new Reused();
        }
        return earlier.get().answer() == null ? new Running() : new Replay(earlier.get().answer());
    }

    /** The request succeeded: its answer is what a retry with the key gets. */
    public void keep(long id, KeptAnswer answer) {
        requests.keepAnswer(id, answer, clock.instant());
    }

    /** The request failed and created nothing: the key is free again. */
    public void release(long id) {
        requests.release(id);
    }
}
