package com.aftersales.crm.quality.boundary;

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
 * The one place that decides which quality complaints the caller may see: the service department all of them, a
 * dealer user those of its own dealer. Any other complaint is "not found", whatever id was sent.
 */
@ApplicationScoped
public class ComplaintAccess {

    /** Which complaints, as a SQL condition on alias {@code q} with at most one parameter. */
    public record ComplaintScope(String condition, Long parameter) {
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    public ComplaintScope scope() {
        UserPrincipal principal = caller.require();
        if (principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            return new ComplaintScope("true", null);
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return new ComplaintScope("q.dealer_id = ?", principal.dealerId());
        }
        throw new AccessDenied(principal.username() + " sees no quality complaints");
    }

    public void requireVisible(long complaintId) {
        ComplaintScope scope = scope();
        var query = em.createNativeQuery("select count(*) from quality_complaint q where q.id = ? and " + scope.condition())
                .setParameter(1, complaintId);
        if (scope.parameter() != null) {
            query.setParameter(2, scope.parameter());
        }
        if (((Number) query.getSingleResult()).longValue() == 0) {
            throw new NotFound("quality complaint " + complaintId);
        }
    }

    /** The dealer the caller acts for, or null for the service department. */
    public Long dealerOfCaller() {
        UserPrincipal principal = caller.require();
        return principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN) ? null : principal.dealerId();
    }

    public String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }
}
