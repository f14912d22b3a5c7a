package com.aftersales.crm.it.service;

import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

import java.util.Set;
import java.util.concurrent.Callable;

/** Calls services as a given user, the way the web filter binds the logged-in user to the thread. */
final class RunAs {

    private static final DefaultSecurityManager SECURITY_MANAGER = new DefaultSecurityManager();

    static <T> T user(UserPrincipal principal, Callable<T> work) throws Exception {
        Subject subject = new Subject.Builder(SECURITY_MANAGER)
                .principals(new SimplePrincipalCollection(principal, "test"))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        try {
            return subject.execute(work);
        } catch (org.apache.shiro.subject.ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    static <T> T role(Role role, Callable<T> work) throws Exception {
        return user(new UserPrincipal(-1, "test-" + role.roleName(), "Test " + role, Set.of(role), null, null, "zh_CN"), work);
    }

    static void role(Role role, ThrowingRunnable work) throws Exception {
        role(role, () -> {
            work.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private RunAs() {
    }
}
