package com.aftersales.crm.customer.boundary;

import com.aftersales.crm.customer.control.Scope;
import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The one place that decides which customers the caller may see: head-office staff all of them, a dealer user
 * those of its dealer, a provider user those it installed for. A customer outside the scope is "not found".
 */
@ApplicationScoped
public class CustomerAccess {

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    public Scope scope() {
        UserPrincipal principal = caller.require();
        if (principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            return Scope.everything();
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return Scope.dealer(principal.dealerId());
        }
        if (principal.hasRole(Role.PROVIDER) && principal.providerId() != null) {
            return Scope.provider(principal.providerId());
        }
        throw new AccessDenied(principal.username() + " sees no customers");
    }

    public void requireVisible(long customerId) {
        Scope scope = scope();
        Query query = em.createNativeQuery("select count(*) from customer c where c.id = ?::bigint and " + scope.condition());
        query.setParameter(1, customerId);
        Object[] parameters = scope.parameter();
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        if (((Number) query.getSingleResult()).longValue() == 0) {
            throw new NotFound("customer " + customerId);
        }
    }

    public String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
