package com.aftersales.crm.web.api;

import java.util.List;

/**
 * The body of every error answer: the status, a kind of error ({@code invalid}, {@code not_found} …), a stable
 * {@code code} (the message's key, for programs), a {@code message} in the caller's language (for people), and the
 * fields at fault, each with its code and message; for a refused state change ({@code illegal_transition}) also what
 * was refused, as codes (null, so absent, otherwise).
 */
public record ApiError(int status, String error, String code, String message, List<FieldError> fields,
                       Transition transition) {

    public ApiError(int status, String error, String code, String message, List<FieldError> fields) {
        this(status, error, code, message, fields, null);
    }

    public record FieldError(String field, String code, String message) {
    }

    /** What kind of record ("case", "order"), the state it is in, and the action it refused. */
    public record Transition(String subject, String from, String action) {
    }
}
