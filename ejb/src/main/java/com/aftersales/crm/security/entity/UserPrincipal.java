package com.aftersales.crm.security.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is calling, as the portal and the services see it after login: the user, the roles, and the organisation a
 * dealer or provider user acts for (every data scope is derived from these ids, never from a request parameter).
 */
public record UserPrincipal(long userId, String username, String displayName, Set<Role> roles,
                            Long dealerId, Long providerId, String locale) implements Serializable {

    public UserPrincipal {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the user holds one of the roles of any of the duties. */
    public boolean can(Duty... duties) {
        for (Duty duty : duties) {
            for (Role role : duty.roles()) {
                if (roles.contains(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The role whose home page the user lands on: the first in the enum's order. */
    public Role primaryRole() {
        return roles.stream().sorted().findFirst().orElseThrow();
    }

    public UserPrincipal withLocale(String newLocale) {
        return new UserPrincipal(userId, username, displayName, roles, dealerId, providerId, newLocale);
    }

    @Override
    public String toString() {
        return username;
    }
}
