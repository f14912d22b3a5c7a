package com.aftersales.crm.security.boundary;

import com.aftersales.crm.platform.control.Aggregates;
import com.aftersales.crm.security.entity.UserAccount;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** What a logged-in user changes about their own account. */
@Stateless
public class Accounts {

    @Inject
    Aggregates aggregates;

    @Inject
    Caller caller;

    /** Remembers the user's language for the next login; returns the principal to keep in the session. */
    public UserPrincipal changeLocale(String locale) {
        UserPrincipal principal = caller.require();
        aggregates.find(UserAccount.class, principal.userId(), "user").changeLocale(locale);
        return principal.withLocale(locale);
    }
}
