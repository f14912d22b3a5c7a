package com.aftersales.crm.policy.control;

import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.CaseType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The policy in force: for a key, a moment, and optionally a brand, product line and case type, the most specific version
 * whose effective date is not after the moment (the latest such version when several are equally specific).
 */
@Dependent
public class PolicyBook {

    @PersistenceContext
    EntityManager em;

    public PolicyValue inForce(String key, String brand, String productLine, Instant at) {
        return inForce(key, brand, productLine, null, at);
    }

    public PolicyValue inForce(String key, String brand, String productLine, CaseType caseType, Instant at) {
        List<PolicyValue> candidates = em.createQuery("""
                        select p from PolicyValue p
                        where p.key = :key and p.effectiveFrom <= :at
                          and (p.brand is null or p.brand = :brand)
                          and (p.productLine is null or p.productLine = :line)
                          and (p.caseType is null or p.caseType = :type)""", PolicyValue.class)
                .setParameter("key", key).setParameter("at", at)
                .setParameter("brand", brand == null ? "" : brand)
                .setParameter("line", productLine == null ? "" : productLine)
                .setParameter("type", caseType)
                .getResultList();
        return choose(candidates).orElseThrow(() -> new IllegalStateException("no policy " + key + " in force at " + at));
    }

    public PolicyValue inForce(String key, Instant at) {
        return inForce(key, null, null, at);
    }

    /** The rule itself, apart from the query: most specific first, then the latest. */
    public static java.util.Optional<PolicyValue> choose(List<PolicyValue> candidates) {
        return candidates.stream().max(Comparator.comparingInt(PolicyValue::specificity)
                .thenComparing(PolicyValue::getEffectiveFrom));
    }

    public PolicyValue byId(long id) {
        return em.find(PolicyValue.class, id);
    }
}
