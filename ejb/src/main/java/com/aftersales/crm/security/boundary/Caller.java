package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

import java.util.Optional;

/**
 * The user on whose behalf the current thread works: the Shiro subject that the web filter (portal and REST) bound
 * to the thread. Services derive every data scope from it, never from an id the client sent.
 */
@ApplicationScoped
public class Caller {

    public Optional<UserPrincipal> current() {
        Subject subject = ThreadContext.getSubject();
        if (subject == null || !subject.isAuthenticated()) {
            return Optional.empty();
        }
        return Optional.ofNullable(subject.getPrincipals().oneByType(UserPrincipal.class));
    }

    public UserPrincipal require() {
        return current().orElseThrow(() -> new AccessDenied("not logged in"));
    }
}
