package com.aftersales.crm.policy.control;

import com.aftersales.crm.policy.entity.PolicyRow;
import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.shared.CaseType;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/**
 * The policy in force: for a key, a moment, and optionally a brand, product line and case type, the most specific version
 * whose effective date is not after the moment (the latest such version when several are equally specific). Also
 * every other statement on the policy versions: the administrator's list, the newest version of a scope, a new one.
 */
@Dependent
public class PolicyBook {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by key. */
    private static final Map<String, String> SORTS = Map.of(
            "key", "p.key", "brand", "p.brand", "productLine", "p.productLine", "caseType", "p.caseType", "effectiveFrom", "p.effectiveFrom",
            "createdBy", "p.createdBy");

    /** Without a filter the condition is left out: PostgreSQL cannot type a bare {@code ? is null}. */
    private static final String FILTER = "(lower(p.key) like :pattern or lower(p.brand) like :pattern "
            + "or lower(p.productLine) like :pattern or lower(p.note) like :pattern)";

    @PersistenceContext
    EntityManager em;

    public long count(String filter) {
        String pattern = containsPattern(filter == null ? null : filter.toLowerCase());
        TypedQuery<Long> query = em.createQuery("select count(p) from PolicyValue p" + (pattern == null ? "" : " where " + FILTER), Long.class);
        return (pattern == null ? query : query.setParameter("pattern", pattern)).getSingleResult();
    }

    /** Versions of the same key stay together, newest first, unless another column is chosen. */
    public List<PolicyRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        String column = SqlValues.sortColumn(SORTS, sortField, "p.key");
        String order = column + (ascending ? " asc" : " desc")
                + (column.equals("p.key") ? ", p.brand, p.productLine, p.caseType, p.effectiveFrom desc" : "") + ", p.id desc";
        String pattern = containsPattern(filter == null ? null : filter.toLowerCase());
        TypedQuery<PolicyRow> query = em.createQuery("select new com.aftersales.crm.policy.entity.PolicyRow(p.id, p.key, "
                + "p.brand, p.productLine, p.caseType, p.value, p.unit, p.effectiveFrom, p.note, p.createdBy) from PolicyValue p"
                + (pattern == null ? "" : " where " + FILTER) + " order by " + order, PolicyRow.class);
        return (pattern == null ? query : query.setParameter("pattern", pattern))
                .setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    /** The keys in the book, for the form's pick list. */
    public List<String> keys() {
        return em.createQuery("select distinct p.key from PolicyValue p order by p.key", String.class).getResultList();
    }

    /** The newest versions of one scope (key, brand, line, case type: null is "any"), newest first. */
    public List<PolicyValue> latest(String key, String brand, String productLine, CaseType caseType, int max) {
        String jpql = "select p from PolicyValue p where p.key = :key"
                + (brand == null ? " and p.brand is null" : " and p.brand = :brand")
                + (productLine == null ? " and p.productLine is null" : " and p.productLine = :line")
                + (caseType == null ? " and p.caseType is null" : " and p.caseType = :type")
                + " order by p.effectiveFrom desc";
        TypedQuery<PolicyValue> query = em.createQuery(jpql, PolicyValue.class).setParameter("key", key);
        if (brand != null) {
            query.setParameter("brand", brand);
        }
        if (productLine != null) {
            query.setParameter("line", productLine);
        }
        if (caseType != null) {
            query.setParameter("type", caseType);
        }
        return query.setMaxResults(max).getResultList();
    }

    public long add(PolicyValue version) {
        em.persist(version);
        em.flush();
        return version.getId();
    }

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
