package com.aftersales.crm.web.api;

import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.IllegalTransition;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every failure of the API as a JSON {@link ApiError}; never a stack trace. */
final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private static final Pattern PROPERTY = Pattern.compile("property '(\\w+)'");

    static Response answer(int status, String error, String message, List<ApiError.FieldError> fields) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, error, message, fields)).build();
    }

    static Response answer(Throwable failure) {
        if (failure instanceof InvalidInput invalid) {
            return answer(400, "invalid", invalid.messageKey(), List.of(new ApiError.FieldError(invalid.field(), invalid.messageKey())));
        }
        if (failure instanceof ConstraintViolationException violations) {
            return answer(400, "invalid", "constraint violations", violations.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
        }
        if (failure instanceof AccessDenied) {
            return answer(403, "forbidden", "Forbidden", List.of());
        }
        if (failure instanceof NotFound) {
            return answer(404, "not_found", "Not found", List.of());
        }
        if (failure instanceof ConcurrentChange) {
            return answer(409, "conflict", "Changed by somebody else since it was read; reload and retry", List.of());
        }
        if (failure instanceof IllegalTransition illegal) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(409, "illegal_transition", sentence(illegal), List.of(),
                            new ApiError.Transition(illegal.subject(), illegal.from(), illegal.action())))
                    .build();
        }
        if (failure instanceof ProcessingException && unreadable(failure) != null) {
            String property = property(unreadable(failure).getMessage());
            return answer(400, "invalid", "The body is not the JSON this call expects",
                    property == null ? List.of() : List.of(new ApiError.FieldError(property, "api.error.unreadable")));
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(status, Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR
                    ? web.getResponse().getStatusInfo().getReasonPhrase().toLowerCase().replace(' ', '_') : "error",
                    web.getResponse().getStatusInfo().getReasonPhrase(), List.of());
        }
        if (failure instanceof EJBException ejb && ejb.getCause() != null) {
            return answer(ejb.getCause());
        }
        LOG.log(Level.SEVERE, "REST call failed", failure);
        return answer(500, "internal", "Internal error", List.of());
    }

    /** "cannot ACCEPT an order that is RETURNED": the codes, for the client to say in its user's language. */
    static String sentence(IllegalTransition illegal) {
        String subject = illegal.subject();
        String article = !subject.isEmpty() && "aeiou".indexOf(Character.toLowerCase(subject.charAt(0))) >= 0 ? "an " : "a ";
        return "cannot " + illegal.action() + " " + article + subject + " that is " + illegal.from();
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
     * 'customerId' because of …"; Yasson names none for an unknown enum code).
     */
    private static String property(String message) {
        Matcher named = message == null ? null : PROPERTY.matcher(message);
        return named != null && named.find() ? named.group(1) : null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    @Provider
    public static class Invalid implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput e) {
            return answer(e);
        }
    }

    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return answer(e);
        }
    }

    @Provider
    public static class Denied implements ExceptionMapper<AccessDenied> {
        @Override
        public Response toResponse(AccessDenied e) {
            return answer(e);
        }
    }

    @Provider
    public static class Missing implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound e) {
            return answer(e);
        }
    }

    @Provider
    public static class Conflict implements ExceptionMapper<ConcurrentChange> {
        @Override
        public Response toResponse(ConcurrentChange e) {
            return answer(e);
        }
    }

    @Provider
    public static class Illegal implements ExceptionMapper<IllegalTransition> {
        @Override
        public Response toResponse(IllegalTransition e) {
            return answer(e);
        }
    }

    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            return answer(e);
        }
    }

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            return answer(e);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return answer(e);
        }
    }

    private ErrorMappers() {
    }
}
