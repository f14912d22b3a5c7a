package com.aftersales.crm.idempotency.control;

import com.aftersales.crm.idempotency.entity.KeptAnswer;
import com.aftersales.crm.idempotency.entity.KeyedRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The table idempotent_request. A key is claimed by inserting its row first: the unique (caller, key) lets one of
 * several concurrent requests in and makes the others find its row (PostgreSQL's insert … on conflict waits for the
 * first insert's transaction and then does nothing).
 */
@ApplicationScoped
public class KeyedRequests {

    @PersistenceContext
    EntityManager em;

    /** Forgets every key recorded before the moment (running or answered). */
    public void forgetBefore(Instant cutoff) {
        em.createNativeQuery("delete from idempotent_request where created_at < ?1")
                .setParameter(1, Timestamp.from(cutoff)).executeUpdate();
    }

    /** Claims the key for this request: its new row's id, or empty when the caller has used the key already. */
    public Optional<Long> claim(String caller, String key, String method, String path, String requestHash, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        insert into idempotent_request (caller, idempotency_key, method, path, request_hash, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (caller, idempotency_key) do nothing
                        returning id""")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, method).setParameter(4, path)
                .setParameter(5, requestHash).setParameter(6, Timestamp.from(now))
                .getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** The caller's request under the key, with its answer once it has one. */
    public Optional<KeyedRequest> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select id, method, path, request_hash, status, location, content_type, body
                        from idempotent_request where caller = ?1 and idempotency_key = ?2""")
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new KeyedRequest(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], r[4] == null ? null
                : new KeptAnswer(((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7])));
    }

    public void keepAnswer(long id, KeptAnswer answer, Instant now) {
        em.createNativeQuery("""
                        update idempotent_request set status = ?2, location = ?3, content_type = ?4, body = ?5,
                        completed_at = ?6 where id = ?1""")
                .setParameter(1, id).setParameter(2, answer.status()).setParameter(3, answer.location())
                .setParameter(4, answer.contentType()).setParameter(5, answer.body())
                .setParameter(6, Timestamp.from(now)).executeUpdate();
    }

    public void release(long id) {
        em.createNativeQuery("delete from idempotent_request where id = ?1").setParameter(1, id).executeUpdate();
    }
}
