package com.aftersales.crm.web.api;

import jakarta.ws.rs.BadRequestException;

import java.util.List;

/** A request body refused before it is bound: not one JSON value, or values the fields cannot hold (400). */
class InvalidBody extends BadRequestException {

    /** A field at fault ({@code customerId}, {@code lines[0].productId}) and the message key saying why. */
    record Fault(String field, String messageKey) {
    }

    private final String messageKey;
    private final transient List<Fault> faults;

    InvalidBody(String messageKey, List<Fault> faults) {
        super(messageKey);
        this.messageKey = messageKey;
        this.faults = List.copyOf(faults);
    }

    /** A call that needs a body got none. */
    static InvalidBody required() {
        return new InvalidBody("api.error.bodyRequired", List.of());
    }

    /** Refuses a call that needs a body and got none. */
    static void require(Object body) {
        if (body == null) {
            throw required();
        }
    }

    String messageKey() {
        return messageKey;
    }

    List<Fault> faults() {
        return faults;
    }
}
