package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.Arrays;

/** Refuses a call to a {@link Secured} service unless the caller holds one of its roles. */
@Secured({})
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SecuredInterceptor {

    @Inject
    Caller caller;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Secured secured = invocation.getMethod().getAnnotation(Secured.class);
        if (secured == null) {
            secured = invocation.getMethod().getDeclaringClass().getAnnotation(Secured.class);
        }
        if (secured == null) {
            secured = invocation.getTarget().getClass().getAnnotation(Secured.class);
        }
        UserPrincipal principal = caller.require();
        if (secured == null || !principal.can(secured.value())) {
            throw new AccessDenied(principal.username() + " may not call " + invocation.getMethod().getName()
                    + (secured == null ? "" : " (needs one of " + Arrays.toString(secured.value()) + ")"));
        }
        return invocation.proceed();
    }
}
