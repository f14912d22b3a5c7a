package com.aftersales.crm.web.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of every error answer, an RFC 9457 problem document ({@code application/problem+json}): {@code type}, a
 * stable URI per kind of error ({@code urn:crm:problem:validation} …); {@code title}, that kind in the caller's
 * language; {@code status}; {@code detail}, this occurrence in the caller's language; {@code instance}, the request's
 * path; and for a refused value {@code errors}, each field at fault with its code and message.
 *
 * <p>Extension members, as the API answered before problem documents, kept for the clients written against them:
 * {@code error} (the kind as a word: {@code invalid}, {@code not_found} …), {@code code} (the message's key, for
 * programs), {@code message} (= {@code detail}), {@code fields} (= {@code errors}), and for a refused state change
 * ({@code illegal_transition}) {@code transition}: what was refused, as codes (absent otherwise).
 */
public record ApiError(String type, String title, int status, String detail, String instance,
                       List<FieldError> errors, String error, String code, String message, List<FieldError> fields,
                       Transition transition) {

    /** The media type of a problem document. */
    public static final String PROBLEM_JSON = "application/problem+json";

    static final String TYPE_PREFIX = "urn:crm:problem:";

    /** The problem types whose word differs from the old {@code error} word. */
    private static final Map<String, String> TYPES = Map.of("invalid", "validation",
            "request_entity_too_large", "too-large", "error", "server-error");

    /** A problem of a kind ({@code error}), with the detail and fields in the caller's language. */
    static ApiError of(Locale locale, int status, String error, String code, String detail, List<FieldError> fields,
                       Transition transition) {
        return new ApiError(type(error), title(locale, error, status), status, detail, null, fields, error, code, detail,
                fields, transition);
    }

    /** The stable URI of a kind of problem: {@code urn:crm:problem:validation}, {@code urn:crm:problem:not-found}. */
    static String type(String error) {
        return TYPE_PREFIX + TYPES.getOrDefault(error, error.replace('_', '-'));
    }

    /** The kind of problem in words ({@code api.problem.<kind>}); for a kind without its own, the status's words. */
    static String title(Locale locale, String error, int status) {
        String key = "api.problem." + type(error).substring(TYPE_PREFIX.length());
        if (ApiLanguage.has(locale, key)) {
            return ApiLanguage.text(locale, key);
        }
        return ApiLanguage.text(locale, status >= 500 ? "api.problem.internal" : "api.problem.bad-request");
    }

    ApiError at(String path) {
        return new ApiError(type, title, status, detail, path, errors, error, code, message, fields, transition);
    }

    public record FieldError(String field, String code, String message) {
    }

    /** What kind of record ("case", "order"), the state it is in, and the action it refused. */
    public record Transition(String subject, String from, String action) {
    }
}
