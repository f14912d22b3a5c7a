package com.aftersales.crm.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How many wrong passwords in a row lock a login, and for how long (server configuration, not business policy). */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "crm.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "crm.login.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    public int maxFailures() {
        return maxFailures;
    }

    public Duration lockout() {
        return Duration.ofMinutes(lockoutMinutes);
    }
}
