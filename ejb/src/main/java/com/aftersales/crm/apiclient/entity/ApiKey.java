package com.aftersales.crm.apiclient.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An API key (接口密钥) as a client presents it: {@code crm_<keyId>_<secret>}. The key id is public (it names the key in
 * lists and logs, and finds its row); the secret is 32 random bytes from {@link SecureRandom}, base64url.
 *
 * <p>Only the secret's SHA-256 is stored, not an Argon2 hash as for passwords ({@code PasswordHasher}): a slow, salted
 * hash protects secrets people choose, which can be guessed from a dictionary; 256 random bits cannot be guessed at
 * any speed, so a fast hash loses nothing — and it lets every API call be checked in microseconds instead of
 * spending an Argon2 computation (tens of milliseconds and megabytes) per request. The comparison is constant-time.
 */
public record ApiKey(String keyId, String secret) {

    public static final String PREFIX = "crm_";

    private static final Pattern FORMAT = Pattern.compile("crm_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new key: 6 random bytes of key id (hex), 32 of secret. */
    public static ApiKey generate() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new ApiKey(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key a client presented, if it has the key's form (anything else is no key of ours). */
    public static Optional<ApiKey> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(presented.trim());
        return matcher.matches() ? Optional.of(new ApiKey(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** The key as the client must present it; shown once, when issued. */
    public String text() {
        return PREFIX + keyId + "_" + secret;
    }

    /** The hex SHA-256 of the secret, as stored. */
    public String secretHash() {
        return HexFormat.of().formatHex(sha256(secret));
    }

    /** Whether this key's secret is the one whose hash was stored (constant-time). */
    public boolean matches(String storedHash) {
        if (storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(secretHash().getBytes(StandardCharsets.US_ASCII),
                storedHash.trim().getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never the secret, in a log or a message. */
    @Override
    public String toString() {
        return PREFIX + keyId + "_…";
    }
}
