package com.aftersales.crm.web.api;

import jakarta.ws.rs.ClientErrorException;

/**
 * A refusal of the API's own conventions, answered as a problem of its kind: a stale or disagreeing {@code If-Match}
 * (412 {@code precondition_failed}), an idempotency key used for another request (422
 * {@code idempotency_key_reused}) or still in use by a running one (409 {@code idempotency_key_in_use}).
 */
class ApiRefusal extends ClientErrorException {

    private final String error;
    private final String messageKey;
    private final String field;

    ApiRefusal(int status, String error, String messageKey, String field) {
        super(messageKey, status);
        this.error = error;
        this.messageKey = messageKey;
        this.field = field;
    }

    String error() {
        return error;
    }

    String messageKey() {
        return messageKey;
    }

    /** The header or field at fault, or null. */
    String field() {
        return field;
    }
}
