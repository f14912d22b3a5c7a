package com.aftersales.crm.web.api;

import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every failure of the API as a problem document ({@link ApiError}, RFC 9457) in the caller's language ({@code Accept-Language}, Chinese by
 * default): the message key as {@code code}, its text as {@code message}, for each field at fault too; never a stack
 * trace.
 */
final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private static final Pattern PROPERTY = Pattern.compile("property '(\\w+)'");

    private static final Pattern ATTRIBUTE = Pattern.compile("\\{(\\w+)}");

    /** The message key of a refusal by HTTP status, for the refusals Jersey and the role check make themselves. */
    private static final Map<Integer, String> STATUS_KEYS = Map.of(400, "api.error.badRequest", 401, "api.error.unauthorized",
            403, "api.error.forbidden", 404, "api.error.notFound", 405, "api.error.methodNotAllowed",
            406, "api.error.notAcceptable", 409, "api.error.conflict", 413, "api.error.tooLarge",
            412, "api.error.preconditionFailed", 415, "api.error.unsupportedMediaType");

    static ApiError problem(Locale locale, int status, String error, String key, List<ApiError.FieldError> fields) {
        return ApiError.of(locale, status, error, key, ApiLanguage.text(locale, key), fields, null);
    }

    /** The problem document as the answer, at the request's path. */
    static Response answer(ApiError error, String instance) {
        return Response.status(error.status()).type(ApiError.PROBLEM_JSON).entity(error.at(instance)).build();
    }

    private static ApiError.FieldError field(Locale locale, String field, String key, Object... arguments) {
        return new ApiError.FieldError(field, key, ApiLanguage.text(locale, key, arguments));
    }

    static ApiError problem(Throwable failure, Locale locale) {
        if (failure instanceof InvalidInput invalid) {
            String text = ApiLanguage.text(locale, invalid.messageKey(), invalid.args());
            return ApiError.of(locale, 400, "invalid", invalid.messageKey(), text,
                    List.of(new ApiError.FieldError(invalid.field(), invalid.messageKey(), text)), null);
        }
        if (failure instanceof InvalidBody body) {
            return problem(locale, 400, "invalid", body.messageKey(),
                    body.faults().stream().map(fault -> field(locale, fault.field(), fault.messageKey())).toList());
        }
        if (failure instanceof ConstraintViolationException violations) {
            return problem(locale, 400, "invalid", "api.error.invalidValues", violations.getConstraintViolations().stream()
                    .map(v -> violation(v, locale))
                    .sorted(Comparator.comparing(ApiError.FieldError::field)).toList());
        }
        if (failure instanceof AccessDenied) {
            return problem(locale, 403, "forbidden", "api.error.forbidden", List.of());
        }
        if (failure instanceof NotFound) {
            return problem(locale, 404, "not_found", "api.error.notFound", List.of());
        }
        if (failure instanceof ConcurrentChange) {
            return problem(locale, 409, "conflict", "api.error.conflict", List.of());
        }
        if (failure instanceof IllegalTransition illegal) {
            return ApiError.of(locale, 409, "illegal_transition", "case.error.illegalTransition", sentence(illegal, locale),
                    List.of(), new ApiError.Transition(illegal.subject(), illegal.from(), illegal.action()));
        }
        if (failure instanceof ApiRefusal refusal) {
            return problem(locale, refusal.getResponse().getStatus(), refusal.error(), refusal.messageKey(),
                    refusal.field() == null ? List.of() : List.of(field(locale, refusal.field(), refusal.messageKey())));
        }
        if (failure instanceof ProcessingException && unreadable(failure) != null) {
            String property = property(unreadable(failure).getMessage());
            return problem(locale, 400, "invalid", "api.error.unreadable",
                    property == null ? List.of() : List.of(field(locale, property, "api.error.unreadableValue")));
        }
        String parameter = queryParameter(failure);
        if (parameter != null) {
            return problem(locale, 400, "invalid", "api.error.invalidValues", List.of(field(locale, parameter, "api.error.invalidValue")));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            boolean client = Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR;
            String error = client ? web.getResponse().getStatusInfo().getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_')
                    : "error";
            return problem(locale, status, status == 404 ? "not_found" : error,
                    STATUS_KEYS.getOrDefault(status, client ? "api.error.badRequest" : "api.error.internal"), List.of());
        }
        if (failure instanceof EJBException ejb && ejb.getCause() != null) {
            return problem(ejb.getCause(), locale);
        }
        LOG.log(Level.SEVERE, "REST call failed", failure);
        return problem(locale, 500, "internal", "api.error.internal", List.of());
    }

    /**
     * A refused step in words, as the portal says it ("已回单的派工单不能"接单""): the state, the kind of record and
     * the action by their labels; the codes are in the answer's {@code transition}.
     */
    static String sentence(IllegalTransition illegal, Locale locale) {
        boolean order = "order".equals(illegal.subject());
        return ApiLanguage.text(locale, "case.error.illegalTransition",
                ApiLanguage.text(locale, (order ? "dispatch.status." : "case.status.") + illegal.from()),
                ApiLanguage.text(locale, "case.error.subject." + (order ? "order" : "case")),
                ApiLanguage.text(locale, (order ? "dispatch.action." : "timeline.CASE_") + illegal.action()));
    }

    /**
     * A Bean Validation refusal in the caller's language: the constraint's own words from our bundle
     * ({@code api.validation.Size} with its {@code {min}} and {@code {max}}), or a message of our own validation
     * bundle ({@code {crm.user.username.pattern}}); the container's interpolation knows only the server's locale.
     */
    static ApiError.FieldError violation(ConstraintViolation<?> violation, Locale locale) {
        var descriptor = violation.getConstraintDescriptor();
        String key = "api.validation." + descriptor.getAnnotation().annotationType().getSimpleName();
        String template = violation.getMessageTemplate();
        String text;
        if (template != null && template.startsWith("{crm.")) {
            key = template.substring(1, template.length() - 1);
            text = validationMessage(key, locale, violation.getMessage());
        } else if (ApiLanguage.has(locale, key)) {
            text = ApiLanguage.text(locale, key);
        } else {
            key = "api.error.invalidValue";
            text = ApiLanguage.text(locale, key);
        }
        Matcher attribute = ATTRIBUTE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (attribute.find()) {
            Object value = descriptor.getAttributes().get(attribute.group(1));
            attribute.appendReplacement(filled, Matcher.quoteReplacement(value == null ? attribute.group() : value.toString()));
        }
        attribute.appendTail(filled);
        return new ApiError.FieldError(fieldPath(violation.getPropertyPath()), key, filled.toString());
    }

    private static String validationMessage(String key, Locale locale, String fallback) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", locale, InvalidInput.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** The field as the JSON names it: {@code customerWords}, {@code lines[0].quantityM2} (no method or argument). */
    static String fieldPath(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = "";
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();  // a value passed beside the body (a new user's password)
            }
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    /**
     * The query parameter Jersey could not convert ({@code ?first=abc}): JAX-RS answers such a request 404, as if the
     * address were wrong, where the caller needs to know which value is. Jersey's own exception, read by name (the
     * API compiles against Jakarta EE only).
     */
    private static String queryParameter(Throwable failure) {
        if (!failure.getClass().getName().equals("org.glassfish.jersey.server.ParamException$QueryParamException")) {
            return null;
        }
        try {
            return (String) failure.getClass().getMethod("getParameterName").invoke(failure);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    /** The JSON parser's or binder's complaint behind a body that could not be read, if that is what failed. */
    private static Throwable unreadable(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return cause;
            }
        }
        return null;
    }

    /**
     * The JSON property the binder could not read, when its message names one ("Unable to deserialize property
     * 'customerId' because of …").
     */
    private static String property(String message) {
        Matcher named = message == null ? null : PROPERTY.matcher(message);
        return named != null && named.find() ? named.group(1) : null;
    }

    /** The caller's language, from the request's Accept-Language. */
    static Locale locale(HttpHeaders headers) {
        return ApiLanguage.of(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The mappers differ only in their type: Jersey picks the mapper of the nearest type, and the server brings
     * mappers of its own for some (EJBException, Bean Validation's exceptions) that one for Throwable would not beat.
     */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(E e) {
            Response answer = answer(problem(e, locale(headers)), uri == null ? null : uri.getRequestUri().getRawPath());
            if (e instanceof WebApplicationException web) {
                // what the refusal tells besides its status: the methods allowed (405), when to come back
                for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER)) {
                    String value = web.getResponse().getHeaderString(header);
                    if (value != null) {
                        answer = Response.fromResponse(answer).header(header, value).build();
                    }
                }
            }
            return answer;
        }
    }

    @Provider
    public static class Invalid extends Mapper<InvalidInput> { }

    @Provider
    public static class Violations extends Mapper<ConstraintViolationException> { }

    @Provider
    public static class Denied extends Mapper<AccessDenied> { }

    @Provider
    public static class Missing extends Mapper<NotFound> { }

    @Provider
    public static class Conflict extends Mapper<ConcurrentChange> { }

    @Provider
    public static class Illegal extends Mapper<IllegalTransition> { }

    @Provider
    public static class Ejb extends Mapper<EJBException> { }

    @Provider
    public static class WebApplication extends Mapper<WebApplicationException> { }

    @Provider
    public static class Unexpected extends Mapper<Throwable> { }

    private ErrorMappers() {
    }
}
