package com.aftersales.crm.web.security;

import com.aftersales.crm.web.api.ApiLanguage;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

import java.io.IOException;

/**
 * The REST API's door: HTTP Basic for integrations (checked by the same realm and login throttle as the portal), or
 * the browser's portal session. A refusal is a 401 with a JSON body; role checks follow in the resources.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

    public ApiAuthenticationFilter() {
        setApplicationName("crm");
        setAuthcScheme("Basic");
    }

    /** The client's address as the login throttle counts it (Shiro's default asks for the host name). */
    @Override
    protected String getHost(ServletRequest request) {
        return request.getRemoteAddr();
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader(AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        try {
            http.getWriter().write(ApiLanguage.errorBody(401, "unauthorized", "api.error.unauthorized",
                    ((HttpServletRequest) request).getHeader("Accept-Language")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }
}
