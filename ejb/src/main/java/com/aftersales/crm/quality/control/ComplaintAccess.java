package com.aftersales.crm.quality.control;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The one place that decides which quality complaints a user may see: the service department all of them, a dealer
 * user those of its own dealer. The boundary turns "none" into access denied and an invisible complaint into
 * "not found", whatever id was sent.
 */
@Dependent
public class ComplaintAccess {

    /** Which complaints, as a SQL condition on alias {@code q} with at most one parameter. */
    public record ComplaintScope(String condition, Long parameter) {
    }

    @PersistenceContext
    EntityManager em;

    /** The user's scope, or empty for a user who sees no complaints at all. */
    public Optional<ComplaintScope> scopeOf(UserPrincipal principal) {
        if (isDepartment(principal)) {
            return Optional.of(new ComplaintScope("true", null));
        }
        if (principal.hasRole(Role.DEALER) && principal.dealerId() != null) {
            return Optional.of(new ComplaintScope("q.dealer_id = ?", principal.dealerId()));
        }
        return Optional.empty();
    }

    /** Whether the complaint exists and is within the scope. */
    public boolean visible(long complaintId, ComplaintScope scope) {
        var query = em.createNativeQuery("select count(*) from quality_complaint q where q.id = ? and " + scope.condition())
                .setParameter(1, complaintId);
        if (scope.parameter() != null) {
            query.setParameter(2, scope.parameter());
        }
        return Row.of(query.getSingleResult()).longValue(0) > 0;
    }

    /** The dealer the user acts for, or null for the service department. */
    public Long dealerOf(UserPrincipal principal) {
        return isDepartment(principal) ? null : principal.dealerId();
    }

    private static boolean isDepartment(UserPrincipal principal) {
        return principal.can(Duty.CALL_CENTRE);
    }
}
