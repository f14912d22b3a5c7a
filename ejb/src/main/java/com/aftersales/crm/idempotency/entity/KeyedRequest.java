package com.aftersales.crm.idempotency.entity;

import java.io.Serializable;

/**
 * A request recorded under an idempotency key: what it was (method, path, the body's hash) and, once it succeeded,
 * its answer ({@code answer} null while it still runs).
 */
public record KeyedRequest(long id, String method, String path, String requestHash, KeptAnswer answer)
        implements Serializable {

    /** Whether a request is the same one again: same method, same path, same body. */
    public boolean sameAs(String method, String path, String requestHash) {
        return this.method.equals(method) && this.path.equals(path) && this.requestHash.equals(requestHash);
    }
}
