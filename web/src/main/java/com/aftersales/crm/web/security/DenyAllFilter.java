package com.aftersales.crm.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/** The last URL rule: whatever no rule names is refused (403 when logged in, the login page otherwise). */
public class DenyAllFilter extends AnyRoleFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false;
    }
}
