package com.aftersales.crm.web.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.csp.CspException;

import java.io.IOException;

/**
 * A postback without PrimeFaces' CSP nonce (a script, a hand-made form; every portal page sends it) makes the
 * rendering fail in a phase listener, out of reach of the Faces exception handler: 400, not the container's 500.
 */
public class CspNonceFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException failure) {
            if (!causedByCsp(failure) || response.isCommitted()) {
                throw failure;
            }
            getServletContext().log("400 " + request.getServletPath() + ": " + failure.getRootCause());
            response.reset();
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean causedByCsp(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }
}
