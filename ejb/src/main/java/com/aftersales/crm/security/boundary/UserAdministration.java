package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.entity.Duty;
import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.platform.control.PasswordHasher;
import com.aftersales.crm.security.control.UserRepository;
import com.aftersales.crm.security.entity.UserAccount;
import com.aftersales.crm.security.entity.UserRow;
import com.aftersales.crm.shared.ConcurrentChange;
import com.aftersales.crm.shared.InvalidInput;
import com.aftersales.crm.shared.NotFound;import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.List;

/** The administrator's user management: create, roles and organisation, reset password, disable. */
@Stateless
@Secured(Duty.ADMINISTRATION)
public class UserAdministration {

    @Inject
    UserRepository users;

    @Inject
    Aggregates aggregates;

    @Inject
    PasswordHasher passwords;

    @Inject
    Clock clock;

    public long count(String filter) {
        return users.count(filter);
    }

    public List<UserRow> list(String filter, int first, int max, String sortField, boolean ascending) {
        return users.list(filter, first, max, sortField, ascending);
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
        if (users.taken(draft.getUsername().trim())) {
            throw new InvalidInput("username", "user.error.usernameTaken");
        }
        UserAccount account = new UserAccount(draft.getUsername(), draft.getDisplayName(),
                passwords.hash(password.toCharArray()), draft.getRoles(), draft.getDealerId(), draft.getProviderId(),
                clock.instant());
        if (!draft.isEnabled()) {
            account.disable();
        }
        return users.add(account);
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
        return aggregates.find(UserAccount.class, id, "user");
    }
}
