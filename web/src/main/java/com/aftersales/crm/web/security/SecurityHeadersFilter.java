package com.aftersales.crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * The security headers of every answer of the application: pages, REST, resources, files and error pages.
 *
 * <p>The Content-Security-Policy is written once, as PrimeFaces' {@code primefaces.CSP_POLICY} in web.xml. On a
 * Faces page PrimeFaces sends it with the page's nonce appended to its last directive ({@code script-src}), and
 * renders its scripts and event handlers with that nonce; every other answer gets the same policy without a nonce
 * (no inline script runs). A second CSP header would be enforced as well, and one without the nonce would block
 * the page's scripts: PrimeFaces' header and an answer's own (stored files send a stricter one) replace this one.
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        policy = config.getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || policy.isBlank()) {
            throw new ServletException("primefaces.CSP_POLICY is not set in web.xml");
        }
        policy = policy.trim();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(CSP, policy);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Keeps exactly one Content-Security-Policy header: a later one replaces the default. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
