package com.aftersales.crm.web.shell;

import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.shared.NotFound;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Turns a record the user may not see, or that does not exist, into the HTTP status it is: 404 (or 403 for a missing
 * role) with the portal's error page and one log line. Left to the container, an exception matched by an
 * {@code <error-page>} of its type answers 500 and logs the whole stack. Ajax requests go on to OmniFaces'
 * {@code FullAjaxExceptionHandler}, which renders the same error pages in place.
 *
 * <p>A foreign record and a missing one both arrive here as {@link NotFound}, so they stay indistinguishable.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable exception = events.next().getContext().getException();
                if (causedBy(exception, ViewExpiredException.class) && !context.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    events.forEachRemaining(ignored -> events.remove());
                    renderExpired(context, exception);
                    return;
                }
                Optional<Integer> status = statusOf(exception);
                if (status.isPresent() && !context.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    sendError(context, status.get(), exception);
                    // one answer per request: what else was queued was caused by the same missing record
                    events.forEachRemaining(ignored -> events.remove());
                    return;
                }
            }
        }
        getWrapped().handle();
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** 404 for a record not found (or not the caller's), 403 for a missing role; empty for a real failure. */
    static Optional<Integer> statusOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof NotFound) {
                return Optional.of(404);
            }
            if (cause instanceof AccessDenied) {
                return Optional.of(403);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    static void sendError(FacesContext context, int status, Throwable exception) {
        ExternalContext external = context.getExternalContext();
        LOG.info(() -> status + " " + external.getRequestServletPath()
                + Optional.ofNullable(external.getRequestPathInfo()).orElse("") + ": " + rootMessage(exception));
        try {
            external.responseReset();
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    /**
     * A form posted from a page the server no longer holds (the session ended, the server restarted, a script):
     * 400 with the page that says so and leads home, instead of the container's 500 for an exception-type error page.
     */
    private static void renderExpired(FacesContext context, Throwable exception) {
        ExternalContext external = context.getExternalContext();
        LOG.info(() -> "400 " + external.getRequestServletPath() + ": " + rootMessage(exception));
        external.responseReset();
        external.setResponseStatus(400);
        context.setViewRoot(context.getApplication().getViewHandler().createView(context, "/error/expired.xhtml"));
        context.renderResponse();
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
