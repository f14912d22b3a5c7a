package com.aftersales.crm.customer.control;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.Optional;

/**
 * The one place that decides which customers a user may see: head-office staff all of them, a dealer user those
 * of its dealer, a provider user those it installed for. The boundary turns "none" into access denied and an
 * invisible customer into "not found".
 */
@Dependent
public class CustomerAccess {

    @PersistenceContext
    EntityManager em;

    /** The user's scope, or empty for a user who sees no customers at all. */
    public Optional<Scope> scopeOf(UserPrincipal principal) {
        if (principal.can(Duty.CALL_CENTRE)) {
            return Optional.of(Scope.everything());
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return Optional.of(Scope.dealer(principal.dealerId()));
        }
        if (principal.hasRole(Role.PROVIDER) && principal.providerId() != null) {
            return Optional.of(Scope.provider(principal.providerId()));
        }
        return Optional.empty();
    }

    /** Whether the customer exists and is within the scope. */
    public boolean visible(long customerId, Scope scope) {
        Query query = em.createNativeQuery("select count(*) from customer c where c.id = ?::bigint and " + scope.condition());
        query.setParameter(1, customerId);
        Object[] parameters = scope.parameter();
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        return Row.of(query.getSingleResult()).longValue(0) > 0;
    }
}
