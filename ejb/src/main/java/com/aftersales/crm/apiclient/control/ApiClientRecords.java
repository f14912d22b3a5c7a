package com.aftersales.crm.apiclient.control;

import com.aftersales.crm.apiclient.entity.ApiClient;
import com.aftersales.crm.apiclient.entity.ApiClientKey;
import com.aftersales.crm.platform.control.Aggregates;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every statement on {@code api_client} and {@code api_client_key}. Also reads {@code dealer} and
 * {@code service_provider}, only to tell whether the organisation a client is bound to exists (a clear refusal
 * instead of a foreign-key failure), as {@code UserRepository} would.
 */
@Dependent
public class ApiClientRecords {

    /** The administrator's list is short (one client per connected system); it is read whole, up to this many. */
    public static final int LIST_CAP = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Aggregates aggregates;

    public ApiClient find(long id) {
        return aggregates.find(ApiClient.class, id, "api client");
    }

    public Optional<ApiClient> get(long id) {
        return Optional.ofNullable(em.find(ApiClient.class, id));
    }

    public void flush(long id) {
        aggregates.flush("api client", id);
    }

    public long add(ApiClient client) {
        em.persist(client);
        em.flush();
        return client.getId();
    }

    public void addKey(ApiClientKey key) {
        em.persist(key);
    }

    /** Every client, by name. */
    public List<ApiClient> list() {
        return em.createQuery("select c from ApiClient c order by lower(c.name), c.id", ApiClient.class)
                .setMaxResults(LIST_CAP).getResultList();
    }

    /** The keys of these clients, newest first. */
    public List<ApiClientKey> keysOf(List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select k from ApiClientKey k where k.clientId in :ids order by k.createdAt desc, k.id desc",
                ApiClientKey.class).setParameter("ids", clientIds).getResultList();
    }

    public Optional<ApiClientKey> keyById(String keyId) {
        return em.createNamedQuery(ApiClientKey.BY_KEY_ID, ApiClientKey.class).setParameter("keyId", keyId)
                .getResultStream().findFirst();
    }

    public boolean nameTaken(String name) {
        return em.createQuery("select count(c) from ApiClient c where lower(c.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip()).getSingleResult() > 0;
    }

    public boolean dealerExists(long id) {
        return exists("select count(*) from dealer where id = ?1", id);
    }

    public boolean providerExists(long id) {
        return exists("select count(*) from service_provider where id = ?1", id);
    }

    private boolean exists(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue() > 0;
    }

    /**
     * Records a key's use: one statement, and only if the last recorded use is older than a minute (concurrent calls
     * write it once), so that a busy client costs no write per call.
     */
    public void recordUse(long keyRowId, Instant now) {
        em.createNativeQuery("update api_client_key set last_used_at = ?2 where id = ?1 "
                        + "and (last_used_at is null or last_used_at < ?3)")
                .setParameter(1, keyRowId).setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.minus(ApiClientKey.LAST_USE_PRECISION)))
                .executeUpdate();
    }
}
