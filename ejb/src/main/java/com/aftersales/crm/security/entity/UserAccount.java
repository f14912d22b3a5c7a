package com.aftersales.crm.security.entity;

import com.aftersales.crm.shared.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;

/** A login of the portal. Dealer users act for one dealer, provider users for one provider, nobody for both. */
@Getter
@Entity
@Table(name = "app_user")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select u from UserAccount u where lower(u.username) = lower(:username)")
public class UserAccount {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final Set<String> LOCALES = Set.of("zh_CN", "en");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String username;

    private String displayName;

    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Long dealerId;

    private Long providerId;

    private String locale = "zh_CN";

    private boolean enabled = true;

    @Getter(AccessLevel.NONE)
    private Instant lastLoginAt;

    @Getter(AccessLevel.NONE)
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles,
                       Long dealerId, Long providerId, Instant now) {
        this.username = requireText(username, "username").trim();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        rename(displayName);
        assign(roles, dealerId, providerId);
    }

    /** Roles and organisation change together: a dealer user needs its dealer, a provider user its provider. */
    public void assign(Set<Role> newRoles, Long newDealerId, Long newProviderId) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInput("roles", "user.error.rolesRequired");
        }
        boolean dealer = newRoles.stream().anyMatch(Role::actsForDealer);
        boolean provider = newRoles.stream().anyMatch(Role::actsForProvider);
        if (dealer && provider) {
            throw new InvalidInput("roles", "user.error.dealerAndProvider");
        }
        if (dealer != (newDealerId != null)) {
            throw new InvalidInput("dealerId", newDealerId == null ? "user.error.dealerRequired" : "user.error.dealerNotAllowed");
        }
        if (provider != (newProviderId != null)) {
            throw new InvalidInput("providerId", newProviderId == null ? "user.error.providerRequired" : "user.error.providerNotAllowed");
        }
        this.roles = EnumSet.copyOf(newRoles);
        this.dealerId = newDealerId;
        this.providerId = newProviderId;
    }

    public void rename(String newDisplayName) {
        this.displayName = requireText(newDisplayName, "displayName").trim();
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
    }

    public void changeLocale(String newLocale) {
        if (!LOCALES.contains(newLocale)) {
            throw new InvalidInput("locale", "user.error.locale");
        }
        this.locale = newLocale;
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public UserPrincipal toPrincipal() {
        return new UserPrincipal(id, username, displayName, roles, dealerId, providerId, locale);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput(field, "validation.required");
        }
        return value;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
