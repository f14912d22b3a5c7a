package com.aftersales.crm.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The last URL rule: whatever no rule names is refused — 403 when logged in; logged out, the login page (its URL
 * set in shiro.ini: Shiro's default is a {@code /login.jsp} that does not exist). The refused URL is not remembered
 * as where to go after the login: it leads nowhere, and a stray resource request from the login page itself would
 * otherwise replace the page the user wanted.
 */
public class DenyAllFilter extends AnyRoleFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        if (getSubject(request, response).getPrincipal() == null) {
            redirectToLogin(request, response);
        } else {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
