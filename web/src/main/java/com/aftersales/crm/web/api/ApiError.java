package com.aftersales.crm.web.api;

import java.util.List;

/**
 * The body of every error answer: status, a stable error code, a message, and the fields at fault; for a refused
 * state change ({@code illegal_transition}) also what was refused, as codes (null, so absent, otherwise).
 */
public record ApiError(int status, String error, String message, List<FieldError> fields, Transition transition) {

    public ApiError(int status, String error, String message, List<FieldError> fields) {
        this(status, error, message, fields, null);
    }

    public record FieldError(String field, String message) {
    }

    /** What kind of record ("case", "order"), the state it is in, and the action it refused. */
    public record Transition(String subject, String from, String action) {
    }
}
