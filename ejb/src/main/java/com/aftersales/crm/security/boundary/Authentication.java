package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.control.LoginThrottle;
import com.aftersales.crm.security.control.PasswordHasher;
import com.aftersales.crm.security.entity.UserAccount;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;

/** Checks a username and password, counting failures so that repeated guessing locks the login for a while. */
@Stateless
public class Authentication {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    public UserPrincipal authenticate(String username, char[] password) throws LoginRefused {
        UserAccount account = em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username == null ? "" : username.trim())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (account == null) {
            passwords.spendEqualTime(password);
            throw new LoginRefused(LoginRefused.Reason.BAD_CREDENTIALS, null);
        }
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            throw new LoginRefused(LoginRefused.Reason.LOCKED, account.getLockedUntil());
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.recordFailedLogin(now, throttle.maxFailures(), throttle.lockout());
            throw account.isLockedAt(now)
                    ? new LoginRefused(LoginRefused.Reason.LOCKED, account.getLockedUntil())
                    : new LoginRefused(LoginRefused.Reason.BAD_CREDENTIALS, null);
        }
        if (!account.isEnabled()) {
            throw new LoginRefused(LoginRefused.Reason.DISABLED, null);
        }
        account.recordSuccessfulLogin(now);
        return account.toPrincipal();
    }
}
