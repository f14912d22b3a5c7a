package com.aftersales.crm.it.service;

import com.aftersales.crm.it.Deployments;
import com.aftersales.crm.security.boundary.Authentication;
import com.aftersales.crm.security.boundary.LoginRefused;
import com.aftersales.crm.security.boundary.UserAdministration;
import com.aftersales.crm.security.boundary.UserDraft;
import com.aftersales.crm.security.entity.Role;
import com.aftersales.crm.security.entity.UserPrincipal;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

    private static final String PASSWORD = "Correct-Horse-9";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AuthenticationIT.class.getPackage());
    }

    @Inject
    Authentication authentication;

    @Inject
    UserAdministration administration;

    @Inject
    Sql sql;

    private String newUser(Set<Role> roles, Long dealerId, Long providerId, boolean enabled) throws Exception {
        String username = "auth" + System.nanoTime() % 1_000_000_000L + "_" + SEQUENCE.incrementAndGet();
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("测试用户");
        draft.setRoles(roles);
        draft.setDealerId(dealerId);
        draft.setProviderId(providerId);
        draft.setEnabled(enabled);
        RunAs.role(Role.ADMIN, () -> administration.create(draft, PASSWORD));
        return username;
    }

    private long dealerId(String code) {
        return ((Number) sql.value("select id from dealer where code = ?", code)).longValue();
    }

    @Test
    void correctPasswordLogsInWithRolesAndOrganisation() throws Exception {
        long dealer = dealerId("D-BJ-001");
        String username = newUser(Set.of(Role.DEALER), dealer, null, true);

        UserPrincipal principal = authentication.authenticate(username.toUpperCase(), PASSWORD.toCharArray());

        assertThat(principal.username()).isEqualTo(username);
        assertThat(principal.roles()).containsExactly(Role.DEALER);
        assertThat(principal.dealerId()).isEqualTo(dealer);
        assertThat(principal.providerId()).isNull();
    }

    @Test
    void unknownUserAndWrongPasswordAreRefusedAlike() throws Exception {
        String username = newUser(Set.of(Role.AGENT), null, null, true);

        LoginRefused unknown = catchThrowableOfType(LoginRefused.class,
                () -> authentication.authenticate("nobody-" + username, PASSWORD.toCharArray()));
        LoginRefused wrong = catchThrowableOfType(LoginRefused.class,
                () -> authentication.authenticate(username, "wrong-password".toCharArray()));

        assertThat(unknown.reason()).isEqualTo(LoginRefused.Reason.BAD_CREDENTIALS);
        assertThat(wrong.reason()).isEqualTo(LoginRefused.Reason.BAD_CREDENTIALS);
    }

    @Test
    void fiveWrongPasswordsFromOneAddressDelayTheNextAttemptThereWithTheAnswerOfAWrongPassword() throws Exception {
        String username = newUser(Set.of(Role.AGENT), null, null, true);
        for (int attempt = 1; attempt <= 5; attempt++) {
            LoginRefused refused = catchThrowableOfType(LoginRefused.class,
                    () -> authentication.authenticate(username, "guess".toCharArray(), "192.0.2.10"));
            assertThat(refused.reason()).as("attempt %d", attempt).isEqualTo(LoginRefused.Reason.BAD_CREDENTIALS);
        }

        LoginRefused rightPasswordTooSoon = catchThrowableOfType(LoginRefused.class,
                () -> authentication.authenticate(username, PASSWORD.toCharArray(), "192.0.2.10"));

        assertThat(rightPasswordTooSoon.reason()).isEqualTo(LoginRefused.Reason.BAD_CREDENTIALS);
        assertThat(blockedFor("account-address:" + username + "|192.0.2.10")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAttackersFailuresDoNotLockTheOwnerOutFromAnotherAddress() throws Exception {
        String username = newUser(Set.of(Role.ADMIN), null, null, true);
        for (int attempt = 1; attempt <= 10; attempt++) {
            catchThrowableOfType(LoginRefused.class,
                    () -> authentication.authenticate(username, "guess".toCharArray(), "192.0.2.20"));
        }

        UserPrincipal owner = authentication.authenticate(username, PASSWORD.toCharArray(), "198.51.100.5");

        assertThat(owner.username()).isEqualTo(username);
    }

    @Test
    void anUnknownUserIsThrottledLikeAKnownOne() throws Exception {
        String nobody = "nobody-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            catchThrowableOfType(LoginRefused.class,
                    () -> authentication.authenticate(nobody, "guess".toCharArray(), "192.0.2.30"));
        }

        assertThat(blockedFor("account-address:" + nobody + "|192.0.2.30")).isPositive();
    }

    /** How long the count under this key delays attempts from its last failure. */
    private Duration blockedFor(String key) {
        Object[] row = sql.rows("select extract(epoch from blocked_until - last_failure) from login_throttle where key = ?", key).get(0);
        return Duration.ofMillis(Math.round(((Number) row[0]).doubleValue() * 1000));
    }

    @Test
    void successfulLoginResetsTheFailureCount() throws Exception {
        String username = newUser(Set.of(Role.AGENT), null, null, true);
        for (int attempt = 1; attempt <= 4; attempt++) {
            catchThrowableOfType(LoginRefused.class, () -> authentication.authenticate(username, "guess".toCharArray(), "192.0.2.40"));
        }
        authentication.authenticate(username, PASSWORD.toCharArray(), "192.0.2.40");
        // a fifth failure in a row would delay the next attempt; after the login it is the first
        catchThrowableOfType(LoginRefused.class, () -> authentication.authenticate(username, "guess".toCharArray(), "192.0.2.40"));

        UserPrincipal again = authentication.authenticate(username, PASSWORD.toCharArray(), "192.0.2.40");

        assertThat(again.username()).isEqualTo(username);
    }

    @Test
    void disabledUserCannotLogIn() throws Exception {
        String username = newUser(Set.of(Role.MANAGER), null, null, false);

        LoginRefused refused = catchThrowableOfType(LoginRefused.class,
                () -> authentication.authenticate(username, PASSWORD.toCharArray()));

        assertThat(refused.reason()).isEqualTo(LoginRefused.Reason.DISABLED);
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() throws Exception {
        String username = newUser(Set.of(Role.AGENT), null, null, true);

        String stored = (String) sql.value("select password_hash from app_user where username = ?", username);

        assertThat(stored).startsWith("$shiro2$argon2id$").doesNotContain(PASSWORD);
    }
}
