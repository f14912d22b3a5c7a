package com.aftersales.crm.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Argon2id password hashes in Shiro 2's self-describing format (algorithm, parameters and salt in the string). */
@ApplicationScoped
public class PasswordHasher {

    /** Hashed once, so that an unknown user costs as much time as a wrong password. */
    private static final String DECOY = new DefaultPasswordService().encryptPassword("decoy-for-unknown-users");

    private final PasswordService passwords = new DefaultPasswordService();

    public String hash(char[] password) {
        return passwords.encryptPassword(new String(password));
    }

    public boolean matches(char[] password, String storedHash) {
        return passwords.passwordsMatch(new String(password), storedHash);
    }

    /** Spends the time of a real check, for logins with an unknown username. */
    public void spendEqualTime(char[] password) {
        passwords.passwordsMatch(new String(password), DECOY);
    }
}
