package com.aftersales.crm.web.security;

import com.aftersales.crm.web.api.ApiError;
import com.aftersales.crm.web.api.ApiLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing requests sent by another site's page (cross-site request forgery), before any login is
 * looked at. A browser names the page's origin in {@code Origin} (every cross-origin POST, PUT, DELETE) or at least
 * in {@code Referer}; a request whose origin is not this server's is refused with 403. The session cookie is
 * {@code SameSite=Lax} as well (glassfish-web.xml); this is the check that does not depend on the browser honouring it.
 *
 * <p>A REST write that names no origin at all is accepted only with its own credentials ({@code Authorization}):
 * integrations calling with HTTP Basic or an API key ({@code X-Api-Key}) name none, while a write riding on the portal's session cookie must come from
 * a page of the portal. Portal form posts that name no origin (old browsers, privacy proxies) pass: Faces refuses
 * a post without the page's view state anyway.
 */
public class SameOriginFilter extends HttpFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || allowed(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (isApi(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(ApiError.PROBLEM_JSON);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ApiLanguage.errorBody(403, "cross_origin", "api.error.crossOrigin",
                    request.getHeader("Accept-Language")));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    static boolean allowed(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return !isApi(request) || request.getHeader("Authorization") != null
                    || request.getHeader(ApiAuthenticationFilter.API_KEY_HEADER) != null;
        }
        return sameOrigin(origin, request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** Scheme, host and port of the page (an Origin, or a Referer's URL) are this server's, as the request names it. */
    static boolean sameOrigin(String page, String scheme, String host, int port) {
        try {
            URI uri = new URI(page.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return false;  // "null" (sandboxed frames, file: pages) or garbage
            }
            return uri.getScheme().equalsIgnoreCase(scheme)
                    && uri.getHost().equalsIgnoreCase(host)
                    && portOf(uri.getPort(), uri.getScheme()) == portOf(port, scheme);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int portOf(int port, String scheme) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
