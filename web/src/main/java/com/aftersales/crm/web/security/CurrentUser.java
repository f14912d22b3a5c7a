package com.aftersales.crm.web.security;

import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The logged-in user, for the views. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    Caller caller;

    public boolean isLoggedIn() {
        return caller.current().isPresent();
    }

    public UserPrincipal getPrincipal() {
        return caller.current().orElse(null);
    }

    public String getDisplayName() {
        return caller.current().map(UserPrincipal::displayName).orElse("");
    }

    public boolean hasRole(String role) {
        return caller.current().map(p -> p.hasRole(Role.valueOf(role))).orElse(false);
    }

    /** Whether the user may do the work of a {@link Duty} (by its name, for the pages' EL). */
    public boolean can(String duty) {
        return caller.current().map(p -> p.can(Duty.valueOf(duty))).orElse(false);
    }

    /** Where the user's home page is: that of the first of its roles. */
    public String getHomeOutcome() {
        return caller.current().map(p -> Area.of(p.primaryRole()).home()).orElse("/login");
    }
}
