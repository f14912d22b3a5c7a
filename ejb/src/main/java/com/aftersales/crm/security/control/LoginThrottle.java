package com.aftersales.crm.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.Config;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing without letting anyone lock somebody else out. Failed logins are counted under three
 * keys: the account as typed (known or not), the client address, and the account from that address. Once a count
 * reaches its threshold, every further attempt under that key is refused — unchecked, with the answer of a wrong
 * password — until a delay has passed, and each further failure doubles the delay, up to a cap. A successful login
 * clears the account's counts (not the address's: an attacker cannot clear his address by logging into his own
 * account); a count with no failure for a while is forgotten.
 *
 * <p>The thresholds are server configuration (MicroProfile Config, e.g. {@code -Dcrm.login.throttle.account-address.after=5}):
 * the account from one address after 5 failures (a guesser at one account); the address after 20 (one address trying
 * many accounts); the account from all addresses after 20 (many addresses at one account): the owner, at another
 * address, still logs in while one attacker guesses at the account.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext
    EntityManager em;

    /** The thresholds, read once from the server's configuration under {@code crm.login.throttle.}. */
    Thresholds thresholds;

    /** Failures before a key delays attempts (per key kind), the first and largest delay, and when a count is forgotten. */
    record Thresholds(int accountAddressAfter, int addressAfter, int accountAfter, int firstDelaySeconds,
                      int maxDelaySeconds, int forgetAfterMinutes) {

        static Thresholds of(Config config) {
            return new Thresholds(read(config, "account-address.after", 5), read(config, "address.after", 20),
                    read(config, "account.after", 20), read(config, "first-delay-seconds", 1),
                    read(config, "max-delay-seconds", 900), read(config, "forget-after-minutes", 60));
        }

        private static int read(Config config, String name, int fallback) {
            return config.getOptionalValue("crm.login.throttle." + name, Integer.class).orElse(fallback);
        }
    }

    @Inject
    void configure(Config config) {
        thresholds = Thresholds.of(config);
    }

    /** One count: its key and the number of failures from which it delays attempts. */
    public record Key(String key, int after, boolean clearedByLogin) {
    }

    /** The keys a login attempt counts under; without a client address (a call inside the server), the account's only. */
    public List<Key> keys(String username, String address) {
        String account = normalise(username);
        List<Key> keys = new ArrayList<>();
        keys.add(new Key("account:" + account, thresholds.accountAfter(), true));
        if (address != null && !address.isBlank()) {
            String client = address.trim().toLowerCase(Locale.ROOT);
            keys.add(new Key("address:" + client, thresholds.addressAfter(), false));
            keys.add(new Key("account-address:" + account + "|" + client, thresholds.accountAddressAfter(), true));
        }
        return keys;
    }

    /** Whether an attempt now must wait under any of these keys. */
    public boolean blocked(List<Key> keys, Instant now) {
        Query query = em.createNativeQuery("select count(*) from login_throttle where blocked_until > ?1 and key in ("
                + placeholders(keys.size(), 2) + ")").setParameter(1, Timestamp.from(now));
        for (int i = 0; i < keys.size(); i++) {
            query.setParameter(i + 2, keys.get(i).key());
        }
        return ((Number) query.getSingleResult()).longValue() > 0;
    }

    /** Counts a failed attempt under every key and sets the delay each count has reached. */
    public void recordFailure(List<Key> keys, Instant now) {
        Instant forgotten = now.minus(Duration.ofMinutes(thresholds.forgetAfterMinutes()));
        em.createNativeQuery("delete from login_throttle where last_failure < ?1")
                .setParameter(1, Timestamp.from(forgotten)).executeUpdate();
        for (Key key : keys) {
            // one statement, so that concurrent failures under a key each count
            Number failures = (Number) em.createNativeQuery("""
                            insert into login_throttle (key, failures, last_failure) values (?1, 1, ?2)
                            on conflict (key) do update set failures = login_throttle.failures + 1, last_failure = ?2
                            returning failures""")
                    .setParameter(1, key.key()).setParameter(2, Timestamp.from(now))
                    .getSingleResult();
            Duration delay = delay(failures.intValue(), key.after(),
                    Duration.ofSeconds(thresholds.firstDelaySeconds()), Duration.ofSeconds(thresholds.maxDelaySeconds()));
            if (!delay.isZero()) {
                em.createNativeQuery("update login_throttle set blocked_until = ?2 where key = ?1")
                        .setParameter(1, key.key()).setParameter(2, Timestamp.from(now.plus(delay)))
                        .executeUpdate();
            }
        }
    }

    /** A successful login: the account's counts start again (the address's stays). */
    public void recordSuccess(List<Key> keys) {
        List<String> cleared = keys.stream().filter(Key::clearedByLogin).map(Key::key).toList();
        Query delete = em.createNativeQuery("delete from login_throttle where key in (" + placeholders(cleared.size(), 1) + ")");
        for (int i = 0; i < cleared.size(); i++) {
            delete.setParameter(i + 1, cleared.get(i));
        }
        delete.executeUpdate();
    }

    /**
     * How long the next attempt waits after {@code failures} failures under a key that delays from {@code after}
     * failures on: none before, {@code first} at the threshold, doubled with each further failure, at most {@code max}.
     */
    public static Duration delay(int failures, int after, Duration first, Duration max) {
        if (failures < after) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - after, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static String placeholders(int count, int first) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return text.toString();
    }

    private static String normalise(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
