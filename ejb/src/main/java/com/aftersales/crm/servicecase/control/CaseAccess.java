package com.aftersales.crm.servicecase.control;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The one place that decides which cases a user may see: head-office staff every case, a dealer user the cases of
 * its dealer's customers, a provider user the cases it answers for. The boundary turns "none" into access denied
 * and an invisible case into "not found".
 */
@Dependent
public class CaseAccess {

    /** Which cases, as a SQL condition on alias {@code sc} with at most one parameter. */
    public record CaseScope(String condition, Long parameter) {
    }

    @PersistenceContext
    EntityManager em;

    /** The user's scope, or empty for a user who sees no cases at all. */
    public Optional<CaseScope> scopeOf(UserPrincipal principal) {
        if (principal.can(Duty.CALL_CENTRE)) {
            return Optional.of(new CaseScope("true", null));
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return Optional.of(new CaseScope("sc.dealer_id = ?", principal.dealerId()));
        }
        if (principal.hasRole(Role.PROVIDER) && principal.providerId() != null) {
            return Optional.of(new CaseScope("sc.provider_id = ?", principal.providerId()));
        }
        return Optional.empty();
    }

    /** Whether the case exists and is within the scope. */
    public boolean visible(long caseId, CaseScope scope) {
        var query = em.createNativeQuery("select count(*) from service_case sc where sc.id = ? and " + scope.condition())
                .setParameter(1, caseId);
        if (scope.parameter() != null) {
            query.setParameter(2, scope.parameter());
        }
        return Row.of(query.getSingleResult()).longValue(0) > 0;
    }
}
