package com.aftersales.crm.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;

/**
 * Lets the request through when the user holds any one of the listed roles (Shiro's own {@code roles} wants them
 * all). A logged-in user without one gets 403 and the friendly error page.
 */
public class AnyRoleFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Subject subject = getSubject(request, response);
        String[] roles = (String[]) mappedValue;
        if (roles == null) {
            return false;
        }
        for (String role : roles) {
            if (subject.hasRole(role.trim())) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws java.io.IOException {
        if (getSubject(request, response).getPrincipal() == null) {
            saveRequestAndRedirectToLogin(request, response);
        } else {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
