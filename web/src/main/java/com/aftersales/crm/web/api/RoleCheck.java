package com.aftersales.crm.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import org.apache.shiro.SecurityUtils;

import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed} against the Shiro subject. Deny by default: a resource method that names no roles
 * refuses everybody; {@code @PermitAll} means any logged-in user (the login filter already ran).
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null && !resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        boolean permitAll = resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || (allowed == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class));
        String[] roles = allowed == null ? new String[0] : allowed.value();
        context.register(new Check(permitAll, roles));
    }

    /**
     * The same check from inside a resource method, for endpoints that must first find the record in the caller's
     * scope (404) before they may refuse the caller's role (403).
     */
    static void requireAnyRole(String... roles) {
        var subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated() || Arrays.stream(roles).noneMatch(subject::hasRole)) {
            throw new ForbiddenException();
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private record Check(boolean permitAll, String[] roles) implements ContainerRequestFilter {

        @Override
        public void filter(jakarta.ws.rs.container.ContainerRequestContext request) {
            var subject = SecurityUtils.getSubject();
            boolean allowed = subject.isAuthenticated()
                    && (permitAll || Arrays.stream(roles).anyMatch(subject::hasRole));
            if (!allowed) {
                throw new ForbiddenException();
            }
        }
    }
}
