package com.aftersales.crm.security.boundary;

import com.aftersales.crm.shared.SqlValues;
import static com.aftersales.crm.shared.SqlValues.containsPattern;

import com.aftersales.crm.security.control.PasswordHasher;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserAccount;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;
import static com.aftersales.crm.shared.SqlValues.instant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The administrator's user management: create, roles and organisation, reset password, disable. */
@Stateless
@Secured(Role.ADMIN)
public class UserAdministration {

    /** Sortable columns of the list, by the names the portal uses; anything else sorts by username. */
    private static final Map<String, String> SORTS = Map.of(
            "username", "u.username", "displayName", "u.display_name", "enabled", "u.enabled",
            "lastLoginAt", "u.last_login_at", "organisation", "organisation");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    public long count(String filter) {
        return ((Number) em.createNativeQuery("select count(*) from app_user u where " + FILTER)
                .setParameter(1, containsPattern(filter)).getSingleResult()).longValue();
    }

    public List<UserRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        String order = SqlValues.sortColumn(SORTS, sortField, "u.username") + (ascending ? " asc" : " desc") + ", u.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
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
                .getResultList();
        return rows.stream().map(r -> new UserRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (Boolean) r[5], instant(r[6]))).toList();
    }

    public UserDraft load(long id) {
        UserAccount account = find(id);
        UserDraft draft = new UserDraft();
        draft.setUsername(account.getUsername());
        draft.setDisplayName(account.getDisplayName());
        draft.setRoles(new java.util.HashSet<>(account.getRoles()));
        draft.setDealerId(account.getDealerId());
        draft.setProviderId(account.getProviderId());
        draft.setEnabled(account.isEnabled());
        draft.setVersion(account.getVersion());
        return draft;
    }

    public long create(@NotNull @Valid UserDraft draft, @NotNull @Size(min = 10, max = 128) String password) {
        boolean taken = !em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", draft.getUsername().trim()).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInput("username", "user.error.usernameTaken");
        }
        UserAccount account = new UserAccount(draft.getUsername(), draft.getDisplayName(),
                passwords.hash(password.toCharArray()), draft.getRoles(), draft.getDealerId(), draft.getProviderId(),
                clock.instant());
        if (!draft.isEnabled()) {
            account.disable();
        }
        em.persist(account);
        em.flush();
        return account.getId();
    }

    public void update(long id, @NotNull @Valid UserDraft draft) {
        UserAccount account = find(id);
        if (account.getVersion() != draft.getVersion()) {
            throw new ConcurrentChange("user " + account.getUsername());
        }
        account.rename(draft.getDisplayName());
        account.assign(draft.getRoles(), draft.getDealerId(), draft.getProviderId());
        if (draft.isEnabled()) {
            account.enable();
        } else {
            account.disable();
        }
    }

    public void resetPassword(long id, @NotNull @Size(min = 10, max = 128) String newPassword) {
        find(id).changePassword(passwords.hash(newPassword.toCharArray()), clock.instant());
    }

    public void setEnabled(long id, boolean enabled) {
        UserAccount account = find(id);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
    }

    private UserAccount find(long id) {
        UserAccount account = em.find(UserAccount.class, id);
        if (account == null) {
            throw new NotFound("user " + id);
        }
        return account;
    }

    private static final String FILTER = "(cast(?1 as text) is null or u.username ilike ?1 or u.display_name ilike ?1)";
}
