package com.aftersales.crm.web.api;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.entity.Role;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
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
 * Enforces {@link Allowed} against the Shiro subject (its roles are the lower-case role names). Deny by default: a resource method that names no roles
 * refuses everybody; {@code @PermitAll} means any logged-in user (the login filter already ran).
 */
@Provider
public class RoleCheck implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Allowed allowed = resource.getResourceMethod().getAnnotation(Allowed.class);
        if (allowed == null && !resource.getResourceMethod().isAnnotationPresent(PermitAll.class)) {
            allowed = resource.getResourceClass().getAnnotation(Allowed.class);
        }
        boolean permitAll = resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
                || (allowed == null && resource.getResourceClass().isAnnotationPresent(PermitAll.class));
        String[] roles = allowed == null ? new String[0] : roleNames(allowed.value());
        context.register(new Check(permitAll, roles));
    }

    /**
     * The same check from inside a resource method, for endpoints that must first find the record in the caller's
     * scope (404) before they may refuse the caller's role (403).
     */
    static void require(Duty... duties) {
        var subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated() || Arrays.stream(roleNames(duties)).noneMatch(subject::hasRole)) {
            throw new ForbiddenException();
        }
    }

    private static String[] roleNames(Duty... duties) {
        return Arrays.stream(duties).flatMap(duty -> duty.roles().stream()).map(Role::roleName).distinct()
                .toArray(String[]::new);
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
