package com.aftersales.crm.returns.boundary;

import com.aftersales.crm.security.boundary.AccessDenied;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import com.aftersales.crm.shared.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place that decides which return requests the caller may see: supervisors and administrators all of them, a
 * dealer user its own dealer's. Any other request is "not found", whatever id was sent.
 */
@ApplicationScoped
public class ReturnAccess {

    /** Which requests, as a SQL condition on alias {@code r} with at most one parameter. */
    public record ReturnScope(String condition, Long parameter) {
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    public ReturnScope scope() {
        UserPrincipal principal = caller.require();
        if (principal.hasAnyRole(Role.SUPERVISOR, Role.ADMIN)) {
            return new ReturnScope("true", null);
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return new ReturnScope("r.dealer_id = ?", principal.dealerId());
        }
        throw new AccessDenied(principal.username() + " sees no return requests");
    }

    public void requireVisible(long requestId) {
        ReturnScope scope = scope();
        var query = em.createNativeQuery("select count(*) from return_request r where r.id = ? and " + scope.condition())
                .setParameter(1, requestId);
        if (scope.parameter() != null) {
            query.setParameter(2, scope.parameter());
        }
        if (((Number) query.getSingleResult()).longValue() == 0) {
            throw new NotFound("return request " + requestId);
        }
    }

    /** The dealer a dealer user files for; a user acting for no dealer files nothing. */
    public long dealerOfCaller() {
        UserPrincipal principal = caller.require();
        if (!principal.hasRole(Role.DEALER) || principal.dealerId() == null) {
            throw new AccessDenied(principal.username() + " files no return request");
        }
        return principal.dealerId();
    }

    public String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
