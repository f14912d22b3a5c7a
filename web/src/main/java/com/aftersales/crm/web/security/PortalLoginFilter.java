package com.aftersales.crm.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;

import java.io.IOException;

/**
 * Sends anonymous visitors to the login page (remembering where they wanted to go). The login itself is done by
 * the login view, not by a form post to this filter. A Faces Ajax request gets a partial-response redirect,
 * which PrimeFaces follows, instead of an HTML page it cannot read.
 */
public class PortalLoginFilter extends FormAuthenticationFilter {

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        saveRequestAndRedirectToLogin(request, response);
        return false;
    }

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (FacesAjax.isAjax(http)) {
            FacesAjax.redirect(response, http.getContextPath() + getLoginUrl());
        } else {
            super.redirectToLogin(request, response);
        }
    }
}
