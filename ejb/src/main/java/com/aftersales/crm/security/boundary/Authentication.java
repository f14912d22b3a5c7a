package com.aftersales.crm.security.boundary;

import com.aftersales.crm.security.control.LoginThrottle;
import com.aftersales.crm.platform.control.PasswordHasher;
import com.aftersales.crm.security.control.UserRepository;
import com.aftersales.crm.security.entity.UserAccount;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Checks a username and password. Repeated failures slow further attempts down ({@link LoginThrottle}) instead of
 * locking the account; an unknown user, a wrong password and an attempt that has to wait get the same answer after
 * the same work (one password hash), so the answer tells neither which usernames exist nor when a delay is over.
 */
@Stateless
public class Authentication {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** A login from inside the server (no client address): only the account's own count applies. */
    public UserPrincipal authenticate(String username, char[] password) throws LoginRefused {
        return authenticate(username, password, null);
    }

    /**
     * @param address the client's address (the portal's and the REST API's remote address), counted on its own and
     *                together with the account
     */
    public UserPrincipal authenticate(String username, char[] password, String address) throws LoginRefused {
        Instant now = clock.instant();
        List<LoginThrottle.Key> keys = throttle.keys(username, address);
        if (throttle.blocked(keys, now)) {
            passwords.spendEqualTime(password);
            throw new LoginRefused(LoginRefused.Reason.BAD_CREDENTIALS);
        }
        UserAccount account = users.byUsername(username == null ? "" : username.trim()).orElse(null);
        if (account == null) {
            passwords.spendEqualTime(password);
            throttle.recordFailure(keys, now);
            throw new LoginRefused(LoginRefused.Reason.BAD_CREDENTIALS);
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            throttle.recordFailure(keys, now);
            throw new LoginRefused(LoginRefused.Reason.BAD_CREDENTIALS);
        }
        if (!account.isEnabled()) {
            throw new LoginRefused(LoginRefused.Reason.DISABLED);
        }
        throttle.recordSuccess(keys);
        // Not through the versioned entity: parallel Basic calls of one user (each a login) would collide on its version
        users.recordLogin(account.getId(), now);
        return account.toPrincipal();
    }
}
