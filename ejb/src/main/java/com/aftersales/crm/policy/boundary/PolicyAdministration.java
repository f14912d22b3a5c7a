package com.aftersales.crm.policy.boundary;

import com.aftersales.crm.shared.SqlValues;
import static com.aftersales.crm.shared.SqlValues.containsPattern;

import com.aftersales.crm.policy.entity.PolicyValue;
import com.aftersales.crm.security.boundary.Caller;
import com.aftersales.crm.security.boundary.Secured;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.shared.CaseType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The administrator's policy book (政策参数): every version ever in force, and a new version added on top. A version is
 * never edited or deleted, so every deadline computed with it stays explainable.
 */
@Stateless
@Secured(Role.ADMIN)
public class PolicyAdministration {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by key. */
    private static final Map<String, String> SORTS = Map.of(
            "key", "p.key", "brand", "p.brand", "productLine", "p.productLine", "caseType", "p.caseType", "effectiveFrom", "p.effectiveFrom",
            "createdBy", "p.createdBy");

    /** Without a filter the condition is left out: PostgreSQL cannot type a bare {@code ? is null}. */
    private static final String FILTER = "(lower(p.key) like :pattern or lower(p.brand) like :pattern "
            + "or lower(p.productLine) like :pattern or lower(p.note) like :pattern)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

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
        TypedQuery<PolicyRow> query = em.createQuery("select new com.aftersales.crm.policy.boundary.PolicyRow(p.id, p.key, "
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

    /** The newest version of a key for every brand and line, to start a new version from (null if none). */
    public PolicyDraft startFrom(String key) {
        List<PolicyValue> latest = latest(key, null, null, null, 1);
        PolicyDraft draft = new PolicyDraft();
        draft.setKey(key);
        if (!latest.isEmpty()) {
            draft.setValue(latest.get(0).getValue());
            draft.setUnit(latest.get(0).getUnit());
        }
        return draft;
    }

    /** Adds a version, in force from the draft's moment (now if none): not in the past, after the newest of its scope. */
    public long addVersion(@NotNull @Valid PolicyDraft draft) {
        Instant now = clock.instant();
        Instant effectiveFrom = draft.getEffectiveFrom() == null ? now : draft.getEffectiveFrom().atZone(CHINA).toInstant();
        PolicyValue version = new PolicyValue(draft.getKey().trim(), draft.getBrand(), draft.getProductLine(),
                draft.getCaseType(), draft.getValue(), draft.getUnit(), effectiveFrom, draft.getNote(),
                caller.require().username());
        List<PolicyValue> latest = latest(version.getKey(), version.getBrand(), version.getProductLine(),
                version.getCaseType(), 1);
        version.follow(latest.isEmpty() ? null : latest.get(0), now);
        em.persist(version);
        em.flush();
        return version.getId();
    }

    private List<PolicyValue> latest(String key, String brand, String productLine, CaseType caseType, int max) {
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
}
