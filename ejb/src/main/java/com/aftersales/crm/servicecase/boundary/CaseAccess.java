package com.aftersales.crm.servicecase.boundary;

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
 * The one place that decides which cases the caller may see: head-office staff every case, a dealer user the cases
 * of its dealer's customers, a provider user the cases it answers for. Anything else is "not found".
 */
@ApplicationScoped
public class CaseAccess {

    /** Which cases, as a SQL condition on alias {@code sc} with at most one parameter. */
    public record CaseScope(String condition, Long parameter) {
    }

    @Inject
    Caller caller;

    @PersistenceContext
    EntityManager em;

    public CaseScope scope() {
        UserPrincipal principal = caller.require();
        if (principal.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            return new CaseScope("true", null);
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return new CaseScope("sc.dealer_id = ?", principal.dealerId());
        }
        if (principal.hasRole(Role.PROVIDER) && principal.providerId() != null) {
            return new CaseScope("sc.provider_id = ?", principal.providerId());
        }
        throw new AccessDenied(principal.username() + " sees no cases");
    }

    public void requireVisible(long caseId) {
        CaseScope scope = scope();
        var query = em.createNativeQuery("select count(*) from service_case sc where sc.id = ? and " + scope.condition())
                .setParameter(1, caseId);
        if (scope.parameter() != null) {
            query.setParameter(2, scope.parameter());
        }
        if (((Number) query.getSingleResult()).longValue() == 0) {
            throw new NotFound("case " + caseId);
        }
    }

    public String actor() {
        return caller.current().map(UserPrincipal::username).orElse("system");
    }

    public boolean isHeadOffice() {
        return caller.current().map(p -> p.hasAnyRole(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)).orElse(false);
    }
}
