package com.aftersales.crm.web.security;

import com.aftersales.crm.apiclient.boundary.ApiClientGate;
import com.aftersales.crm.apiclient.boundary.ApiClientIdentity;
import com.aftersales.crm.web.api.ApiLanguage;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * The REST API's door: HTTP Basic for people's scripts (checked by the same realm and login throttle as the portal),
 * an API client's key ({@code Authorization: Bearer crm_…} or {@code X-Api-Key: crm_…}, checked by
 * {@link ApiClientRealm} and then admitted under the client's rate limit: 429 with {@code Retry-After} beyond it), or
 * the browser's portal session. A refusal is a 401 with a problem document (RFC 9457); role checks follow in the resources.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final String BEARER = "bearer ";

    /** Set on a request refused for its rate: it has its answer, no login challenge follows. */
    private static final String LIMITED = ApiAuthenticationFilter.class.getName() + ".limited";

    public ApiAuthenticationFilter() {
        setApplicationName("crm");
        setAuthcScheme("Basic");
    }

    /** The client's address as the login throttle counts it (Shiro's default asks for the host name). */
    @Override
    protected String getHost(ServletRequest request) {
        return request.getRemoteAddr();
    }

    /** The API key presented, if any: the bearer token, else the X-Api-Key header. */
    static String presentedKey(HttpServletRequest request) {
        String authorization = request.getHeader(AUTHORIZATION_HEADER);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return authorization.substring(BEARER.length()).trim();
        }
        String key = request.getHeader(API_KEY_HEADER);
        return key == null || key.isBlank() ? null : key.trim();
    }

    @Override
    protected boolean isLoginAttempt(ServletRequest request, ServletResponse response) {
        return presentedKey((HttpServletRequest) request) != null || super.isLoginAttempt(request, response);
    }

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        String key = presentedKey((HttpServletRequest) request);
        return key != null ? new BearerToken(key, getHost(request)) : super.createToken(request, response);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        boolean loggedIn = isLoginAttempt(request, response) && executeLogin(request, response);
        if (!loggedIn && request.getAttribute(LIMITED) == null) {
            sendChallenge(request, response);
        }
        return loggedIn;
    }

    /** An API client's request passes only within its rate limit. */
    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) {
        ApiClientIdentity client = subject.getPrincipals().oneByType(ApiClientIdentity.class);
        if (client == null) {
            return true;
        }
        Duration wait = CDI.current().select(ApiClientGate.class).get().admit(client);
        if (wait.isZero()) {
            return true;
        }
        subject.logout();
        request.setAttribute(LIMITED, Boolean.TRUE);
        HttpServletResponse http = (HttpServletResponse) response;
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        http.setStatus(429);
        http.setHeader("Retry-After", Long.toString(seconds));
        write(http, ApiLanguage.errorBody(429, "too_many_requests", "api.error.tooManyRequests",
                ((HttpServletRequest) request).getHeader("Accept-Language")));
        return false;
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader(AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
        http.addHeader(AUTHENTICATE_HEADER, "Bearer realm=\"" + getApplicationName() + "\"");
        write(http, ApiLanguage.errorBody(401, "unauthorized", "api.error.unauthorized",
                ((HttpServletRequest) request).getHeader("Accept-Language")));
        return false;
    }

    private static void write(HttpServletResponse http, String body) {
        http.setContentType(com.aftersales.crm.web.api.ApiError.PROBLEM_JSON);
        http.setCharacterEncoding("UTF-8");
        try {
            http.getWriter().write(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
