package com.aftersales.crm.returns.control;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The one place that decides which return requests a user may see: supervisors and administrators all of them, a
 * dealer user its own dealer's. The boundary turns "none" into access denied and an invisible request into
 * "not found", whatever id was sent.
 */
@Dependent
public class ReturnAccess {

    /** Which requests, as a SQL condition on alias {@code r} with at most one parameter. */
    public record ReturnScope(String condition, Long parameter) {
    }

    @PersistenceContext
    EntityManager em;

    /** The user's scope, or empty for a user who sees no return requests at all. */
    public Optional<ReturnScope> scopeOf(UserPrincipal principal) {
        if (principal.can(Duty.SUPERVISION)) {
            return Optional.of(new ReturnScope("true", null));
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return Optional.of(new ReturnScope("r.dealer_id = ?", principal.dealerId()));
        }
        return Optional.empty();
    }

    /** Whether the request exists and is within the scope. */
    public boolean visible(long requestId, ReturnScope scope) {
        var query = em.createNativeQuery("select count(*) from return_request r where r.id = ? and " + scope.condition())
                .setParameter(1, requestId);
        if (scope.parameter() != null) {
            query.setParameter(2, scope.parameter());
        }
        return Row.of(query.getSingleResult()).longValue(0) > 0;
    }

    /** The dealer a dealer user files for; empty for a user acting for no dealer, who files nothing. */
    public Optional<Long> filingDealerOf(UserPrincipal principal) {
        return principal.hasRole(Role.DEALER) && principal.dealerId() != null
                ? Optional.of(principal.dealerId()) : Optional.empty();
    }
}
