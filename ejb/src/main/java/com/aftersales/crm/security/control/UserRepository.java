package com.aftersales.crm.security.control;

import com.aftersales.crm.platform.control.Row;
import com.aftersales.crm.security.entity.UserAccount;
import com.aftersales.crm.security.entity.UserRow;
import com.aftersales.crm.shared.SqlValues;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.aftersales.crm.shared.SqlValues.containsPattern;

/**
 * Every statement on the user accounts. A declared <b>read model</b> for the administrator's list: each row names the
 * dealer or provider the user acts for ({@code dealer}, {@code service_provider}, joined in the one paged statement).
 */
@Dependent
public class UserRepository {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by username. */
    private static final Map<String, String> SORTS = Map.of(
            "username", "u.username", "displayName", "u.display_name", "enabled", "u.enabled",
            "lastLoginAt", "u.last_login_at", "organisation", "organisation");

    private static final String FILTER = "(cast(?1 as text) is null or u.username ilike ?1 or u.display_name ilike ?1)";

    @PersistenceContext
    EntityManager em;

    public Optional<UserAccount> byUsername(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** The last login time, without touching the account's version (a login is not an edit of the account). */
    public void recordLogin(long userId, java.time.Instant at) {
        em.createNativeQuery("update app_user set last_login_at = ? where id = ? and (last_login_at is null or last_login_at < ?)")
                .setParameter(1, java.sql.Timestamp.from(at)).setParameter(2, userId)
                .setParameter(3, java.sql.Timestamp.from(at)).executeUpdate();
    }

    public boolean taken(String username) {
        return !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty();
    }

    public long add(UserAccount account) {
        em.persist(account);
        em.flush();
        return account.getId();
    }

    public long count(String filter) {
        return Row.of(em.createNativeQuery("select count(*) from app_user u where " + FILTER)
                .setParameter(1, containsPattern(filter)).getSingleResult()).longValue(0);
    }

    public List<UserRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "u.username") + (ascending ? " asc" : " desc") + ", u.id";
        return Row.map(em.createNativeQuery("""
                        select u.id, u.username, u.display_name,
                               (select string_agg(r.role, ',' order by r.role) from app_user_role r where r.user_id = u.id),
                               coalesce(d.code || ' ' || d.name, p.code || ' ' || p.name) as organisation,
                               u.enabled, u.last_login_at
                        from app_user u
                        left join dealer d on d.id = u.dealer_id
                        left join service_provider p on p.id = u.provider_id
                        where """ + FILTER + " order by " + order)
                .setParameter(1, containsPattern(filter))
                .setFirstResult(first).setMaxResults(max)
                .getResultList(), r -> new UserRow(r.longValue(0), r.text(1), r.text(2), r.text(3), r.text(4),
                r.bool(5), r.instant(6)));
    }
}
